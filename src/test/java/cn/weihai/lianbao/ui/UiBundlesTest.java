package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.Events;
import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the screens ask for exists in Chinese and in English. */
class UiBundlesTest {
    static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(UtilityService.class, TrackStatus.class,
            TrackStage.class, CaseStatus.class, ApprovalStatus.class, MaterialsPreparer.class, Department.class,
            Channel.class, Role.class, District.class, ConstructionType.class, PowerCategory.class,
            MaterialType.class);
    /** A literal key handed to getTranslation / Labels.text / texts.get in the UI code. */
    static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Labels\\.text|texts\\.get|add)\\(\\s*\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");

    /** The screens' bundles besides domain and messages (spring.messages.basename). */
    static final List<String> UI_BUNDLES = List.of("i18n/ui", "i18n/intake", "i18n/supervision");

    final Properties zh = load("i18n/ui.properties", "i18n/intake.properties", "i18n/domain.properties",
            "i18n/messages.properties", "i18n/supervision.properties");
    final Properties en = load("i18n/ui_en.properties", "i18n/intake_en.properties", "i18n/domain_en.properties",
            "i18n/messages_en.properties", "i18n/supervision_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        for (String bundle : UI_BUNDLES) {
            assertThat(keys(load(bundle + "_en.properties"))).as(bundle)
                    .isEqualTo(keys(load(bundle + ".properties")));
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Set<String> ui = keys(load("i18n/ui.properties"));
        ui.retainAll(keys(load("i18n/intake.properties")));
        assertThat(ui).isEmpty();
    }

    @Test
    void theIntakeScreenHasConditionsForEveryServiceAndAHintForEveryMaterial() {
        List<String> missing = Stream.concat(
                        Arrays.stream(UtilityService.values()).map(s -> "intake.condition." + s.name()),
                        Arrays.stream(MaterialType.values()).map(m -> "intake.material.hint." + m.name()))
                .filter(key -> !zh.containsKey(key) || !en.containsKey(key))
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownHasALabel() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : LABELLED_ENUMS) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = Labels.key(value);
                if (!zh.containsKey(key) || !en.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theListHasShortLabelsForServicesTrackStatusesDistrictsAndChannels() {
        List<String> missing = Stream.of(UtilityService.class, TrackStatus.class, District.class, Channel.class)
                .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(value -> "short." + value.getDeclaringClass().getSimpleName() + "." + value.name())
                .filter(key -> !zh.containsKey(key) || !en.containsKey(key))
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEventHasATypeLabelAndADescription() {
        List<String> missing = Arrays.stream(Events.class.getDeclaredClasses())
                .flatMap(e -> Stream.of("event.type." + e.getSimpleName(), "event.text." + e.getSimpleName()))
                .filter(key -> !zh.containsKey(key) || !en.containsKey(key))
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyInTheUiCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/weihai/lianbao"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("ui"))
                    .toList()) {
                KEY_IN_CODE.matcher(Files.readString(file)).results().map(r -> r.group(1)).forEach(used::add);
            }
        }
        assertThat(used).contains("cases.title", "case.notFound.title", "track.field.dueOn", "errorPage.title");
        assertThat(used.stream().filter(k -> !zh.containsKey(k) || !en.containsKey(k)).toList()).isEmpty();
    }

    @Test
    void noChineseInTheUiCode() throws IOException {
        Pattern han = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/weihai/lianbao"))) {
            // AppShell's title is the page's before a view sets its own, when no language is known yet
            for (Path file : files.filter(f -> f.toString().contains("/ui/") && f.toString().endsWith(".java")
                    && !f.endsWith("AppShell.java")).toList()) {
                String code = Files.readAllLines(file).stream()
                        .filter(line -> !line.strip().startsWith("*") && !line.strip().startsWith("/"))
                        .reduce("", (a, b) -> a + b + "\n");
                han.matcher(code).results().forEach(r -> found.add(file + ": " + r.group()));
            }
        }
        assertThat(found).isEmpty();
    }

    static Properties load(String... resources) {
        Properties properties = new Properties();
        for (String resource : resources) {
            try (InputStream in = UiBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(resource, e);
            }
        }
        return properties;
    }

    static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }
}
