package cn.weihai.lianbao.casefile.form;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form's texts: the UI bundle i18n/form has the same keys in both languages (and the keys the link uses),
 * and every fixed text the PDF asks for exists in forms/application-form.properties.
 */
class FormBundlesTest {
    static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");

    @Test
    void theUiBundleHasTheSameKeysInBothLanguages() {
        Properties zh = load("i18n/form.properties");
        Properties en = load("i18n/form_en.properties");

        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        assertThat(zh.stringPropertyNames()).contains("form.download", "form.download.tooltip");
        assertThat(zh.getProperty("form.download")).isEqualTo("下载综合申请表（PDF）");
    }

    @Test
    void theUiBundleKeysDoNotClashWithTheOtherBundles() {
        Properties others = load("i18n/ui.properties", "i18n/domain.properties", "i18n/messages.properties");

        assertThat(load("i18n/form.properties").stringPropertyNames()).doesNotContainAnyElementsOf(
                others.stringPropertyNames());
    }

    @Test
    void everyTextTheFormAsksForExists() throws IOException {
        Properties texts = load(FormTexts.RESOURCE);
        String code = Files.readString(Path.of("src/main/java/cn/weihai/lianbao/casefile/form/ApplicationFormPdf.java"));
        List<String> used = KEY.matcher(code).results().map(r -> r.group(1))
                .filter(k -> !k.equals("list.separator")) // the domain bundle's
                .distinct().toList();

        assertThat(used).contains("form.title", "section.services", "signature.window");
        assertThat(used).allSatisfy(key -> assertThat(texts).containsKey(key));
        assertThat(Arrays.stream(Material.values()).map(m -> "material." + m.name()))
                .allSatisfy(key -> assertThat(texts).containsKey(key));
    }

    static Properties load(String... resources) {
        Properties properties = new Properties();
        for (String resource : resources) {
            try (InputStream in = FormBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(resource, e);
            }
        }
        return properties;
    }
}
