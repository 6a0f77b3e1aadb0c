package cn.weihai.lianbao.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key the code uses, and a label for every domain enum constant, in both languages. */
class DomainBundleTest {
    private static final Pattern KEY = Pattern.compile("\"((?:validation|rule|error)\\.[A-Za-z.]+)\"");
    private static final Path MAIN = Path.of("src/main/java/cn/weihai/lianbao");
    private static final String[] ENUM_PACKAGES = {"shared", "casefile/api"};

    /** Every bundle of spring.messages.basename, Chinese (default) and English. */
    private static final String[] BUNDLES = {"i18n/domain", "i18n/messages", "i18n/ui", "i18n/intake", "i18n/form",
            "i18n/supervision"};

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            assertThat(load(bundle + "_en.properties").stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(load(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void theApplicationReadsEveryBundle() throws IOException {
        Properties app = new Properties();
        try (Reader r = new InputStreamReader(DomainBundleTest.class.getClassLoader()
                .getResourceAsStream("application.properties"), StandardCharsets.UTF_8)) {
            app.load(r);
        }
        assertThat(app.getProperty("spring.messages.basename").split(",")).containsExactlyInAnyOrder(BUNDLES);
    }

    @Test
    void everyMessageKeyInTheCodeIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("rule.track.stepNotAllowed", "validation.creditCode.invalid");
        assertThat(load("i18n/domain.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyDomainEnumHasLabels() throws Exception {
        Properties zh = load("i18n/domain.properties");
        Properties en = load("i18n/domain_en.properties");
        for (String pkg : ENUM_PACKAGES) {
            try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String name = file.getFileName().toString().replace(".java", "");
                    Class<?> type = Class.forName("cn.weihai.lianbao." + pkg.replace('/', '.') + "." + name);
                    if (!type.isEnum()) {
                        continue;
                    }
                    for (Object constant : type.getEnumConstants()) {
                        String key = "enum." + name + "." + ((Enum<?>) constant).name();
                        assertThat(zh.getProperty(key)).as(key).isNotBlank();
                        assertThat(en.getProperty(key)).as(key).isNotBlank();
                    }
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(DomainBundleTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
