package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.shared.InvalidInputException;

import java.time.LocalDate;

/** The business date of a step: today when not given, never in the future, never before the previous step. */
final class BusinessDate {
    private BusinessDate() {
    }

    static LocalDate resolve(LocalDate given, LocalDate today, LocalDate notBefore) {
        LocalDate date = given == null ? today : given;
        if (date.isAfter(today)) {
            throw InvalidInputException.of("occurredOn", "validation.date.future", today);
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            throw InvalidInputException.of("occurredOn", "validation.date.beforePrevious", notBefore);
        }
        return date;
    }
}
