package cn.weihai.lianbao.supervision.order.ui;

import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.shared.CommandFailures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a refused order command means for the user: field messages, a rule's message, or a general failure. */
final class OrderActionErrors {
    private OrderActionErrors() {
    }

    /** The domain exception behind what the gateway threw, unwrapped from Axon's wrapper. */
    static Throwable cause(RuntimeException e) {
        return CommandFailures.unwrap(e);
    }

    static Optional<List<FieldViolation>> violations(Throwable cause) {
        return cause instanceof InvalidInputException invalid ? Optional.of(invalid.violations()) : Optional.empty();
    }

    /** One line for the form as a whole; null when the cause is not a domain refusal. */
    static String message(Throwable cause, LocalizedMessages messages, Locale locale) {
        return switch (cause) {
            case RuleViolationException rule -> messages.get(rule.messageKey(), rule.args(), locale);
            case InvalidInputException invalid -> invalid.violations().stream()
                    .map(v -> messages.get(v.messageKey(), v.args(), locale))
                    .reduce((a, b) -> a + Labels.text("list.separator") + b).orElse("");
            default -> null;
        };
    }
}
