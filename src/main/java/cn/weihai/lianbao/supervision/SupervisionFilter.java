package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;

/**
 * What the supervision dashboard is narrowed to; every part is optional.
 *
 * @param text    part of the case number, the applicant's name, the project's name or code (case-insensitive)
 * @param warning DUE_SOON / OVERDUE: tracks so marked (临期 / 超期); NONE: tracks without a mark
 * @param from    accepted on or after; {@code to}: accepted on or before
 */
public record SupervisionFilter(String text, UtilityService service, District district, Channel channel,
                                Warning warning, LocalDate from, LocalDate to) {
    public static final SupervisionFilter ALL = new SupervisionFilter(null, null, null, null, null, null, null);

    public SupervisionFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public SupervisionFilter withText(String v) {
        return new SupervisionFilter(v, service, district, channel, warning, from, to);
    }

    public SupervisionFilter withService(UtilityService v) {
        return new SupervisionFilter(text, v, district, channel, warning, from, to);
    }

    public SupervisionFilter withDistrict(District v) {
        return new SupervisionFilter(text, service, v, channel, warning, from, to);
    }

    public SupervisionFilter withChannel(Channel v) {
        return new SupervisionFilter(text, service, district, v, warning, from, to);
    }

    public SupervisionFilter withWarning(Warning v) {
        return new SupervisionFilter(text, service, district, channel, v, from, to);
    }

    public SupervisionFilter withFrom(LocalDate v) {
        return new SupervisionFilter(text, service, district, channel, warning, v, to);
    }

    public SupervisionFilter withTo(LocalDate v) {
        return new SupervisionFilter(text, service, district, channel, warning, from, v);
    }
}
