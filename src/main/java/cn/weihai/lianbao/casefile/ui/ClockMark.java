package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Labels;

import java.util.Optional;

/**
 * A time limit at a glance: 临期 / 超期 while the clock runs, 计时暂停 while the track waits on the applicant,
 * 按期 / 逾期 once it has stopped; nothing while all is well. Colours: lb-badge--{@code <name in kebab case>}.
 */
public enum ClockMark {
    DUE_SOON, OVERDUE, CLOCK_PAUSED, ON_TIME, LATE;

    /** The mark of a clock read today; {@code waiting}: the track waits on the applicant (its clock stands). */
    public static Optional<ClockMark> of(ClockReading clock, boolean waiting) {
        if (clock == null) {
            return Optional.empty();
        }
        if (clock.stoppedOn() != null) {
            return Optional.of(Boolean.TRUE.equals(clock.onTime()) ? ON_TIME : LATE);
        }
        return waiting ? Optional.of(CLOCK_PAUSED) : of(clock.warning());
    }

    /** The mark of a system alert, as the case list keeps it. */
    static Optional<ClockMark> of(Warning warning) {
        return switch (warning) {
            case DUE_SOON -> Optional.of(DUE_SOON);
            case OVERDUE -> Optional.of(OVERDUE);
            case null, default -> Optional.empty();
        };
    }

    String label() {
        return Labels.text("clock.mark." + name());
    }

    public Badge badge() {
        Badge badge = new Badge(label(), this);
        badge.addClassName("lb-clock-mark");
        return badge;
    }
}
