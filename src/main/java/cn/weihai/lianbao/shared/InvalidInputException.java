package cn.weihai.lianbao.shared;

import java.util.List;

/** Bad input, every invalid field at once; answered with 400 and kept out of the event store. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(FieldViolation.of(field, messageKey, args)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
