package cn.weihai.lianbao.casefile.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/** The fixed texts of the form, from {@code forms/application-form.properties} (Chinese only). */
final class FormTexts {
    static final String RESOURCE = "forms/application-form.properties";

    private final Properties texts = new Properties();
    private final DateTimeFormatter dateFormat;

    FormTexts() {
        try (InputStream in = FormTexts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dateFormat = DateTimeFormatter.ofPattern(get("form.date"), Locale.SIMPLIFIED_CHINESE);
    }

    /** The text of {@code key}; arguments are passed as text, so numbers are never grouped ("2,026"). */
    String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no form text " + key);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE)
                .format(Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toArray());
    }

    String date(LocalDate date) {
        return date == null ? get("form.empty") : dateFormat.format(date);
    }

    String orEmpty(String value) {
        return value == null || value.isBlank() ? get("form.empty") : value.strip();
    }

    String yesNo(boolean value) {
        return get(value ? "form.yes" : "form.no");
    }
}
