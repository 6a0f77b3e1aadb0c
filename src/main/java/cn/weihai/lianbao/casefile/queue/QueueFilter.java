package cn.weihai.lianbao.casefile.queue;

import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;

/**
 * Which open tracks of one utility's queue to show: {@code status} (the track's status, which names its stage or
 * why it waits), the 临期/超期 mark, the district, and a text found in the case number, applicant or project.
 */
public record QueueFilter(UtilityService service, TrackStatus status, Warning warning, District district,
                          String text) {

    public QueueFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static QueueFilter of(UtilityService service) {
        return new QueueFilter(service, null, null, null, null);
    }

    public QueueFilter withService(UtilityService v) {
        return new QueueFilter(v, status, warning, district, text);
    }

    public QueueFilter withStatus(TrackStatus v) {
        return new QueueFilter(service, v, warning, district, text);
    }

    public QueueFilter withWarning(Warning v) {
        return new QueueFilter(service, status, v, district, text);
    }

    public QueueFilter withDistrict(District v) {
        return new QueueFilter(service, status, warning, v, text);
    }

    public QueueFilter withText(String v) {
        return new QueueFilter(service, status, warning, district, v);
    }
}
