package cn.weihai.lianbao.calendar.ui;

import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import cn.weihai.lianbao.shared.CommandFailures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Error messages at the fields they concern. Messages are collected per field (null: the form as a whole, shown
 * in {@code formError}) and written in the user's language from the domain's message keys.
 */
final class FieldErrors {
    private final LocalizedMessages messages;
    private final Supplier<Locale> locale;
    private final Map<HasValidation, List<String>> found = new LinkedHashMap<>();

    FieldErrors(LocalizedMessages messages, Supplier<Locale> locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The refused input behind an exception, unwrapped from Axon's wrapper when the command travelled. */
    static Optional<InvalidInputException> invalidInput(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (CommandFailures.unwrap(c) instanceof InvalidInputException invalid) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void add(HasValidation field, String messageKey, Object... args) {
        found.computeIfAbsent(field, f -> new ArrayList<>())
                .add(messages.get(messageKey, List.of(args), locale.get()));
    }

    /** Each violation at the field its path names; a path with no field on the form goes to the form. */
    void addAll(List<FieldViolation> violations, Function<FieldPath, HasValidation> fieldAt) {
        violations.forEach(v -> found.computeIfAbsent(fieldAt.apply(FieldPath.parse(v.field())),
                f -> new ArrayList<>()).add(messages.get(v.messageKey(), v.args(), locale.get())));
    }

    /** Marks the fields; several messages on one field are joined. */
    void show(Span formError) {
        String separator = Labels.text("common.messageSeparator");
        found.forEach((field, texts) -> {
            String text = String.join(separator, texts);
            if (field == null) {
                formError.setText(text);
                formError.setVisible(true);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        });
    }

    static void clear(List<HasValidation> fields, Span formError) {
        fields.forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        formError.setText("");
        formError.setVisible(false);
    }
}
