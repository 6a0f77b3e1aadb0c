package cn.weihai.lianbao.shared;

import java.util.List;

/** A command that does not fit the case's current state (answered with 409). */
public class RuleViolationException extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;

    public RuleViolationException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
