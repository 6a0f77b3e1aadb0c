package cn.weihai.lianbao.integration.v1;

import java.util.List;

/** The signed-in user may not do this (403); the message key says why. */
public class ForbiddenException extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public static ForbiddenException generic() {
        return new ForbiddenException("error.forbidden");
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
