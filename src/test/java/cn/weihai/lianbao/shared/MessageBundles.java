package cn.weihai.lianbao.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The message bundles the application reads (spring.messages.basename), for the bundle consistency tests. */
public final class MessageBundles {
    /** Each basename, e.g. "i18n/ui"; Chinese is {@code <name>.properties}, English {@code <name>_en.properties}. */
    public static final List<String> NAMES = Arrays.stream(
            load("application.properties").getProperty("spring.messages.basename").split(","))
            .map(String::strip).toList();

    private MessageBundles() {
    }

    /** Every bundle merged, Chinese ("") or English ("_en"). */
    public static Properties all(String suffix) {
        Properties merged = new Properties();
        NAMES.forEach(name -> merged.putAll(load(name + suffix + ".properties")));
        return merged;
    }

    public static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing resource " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
