package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.integration.v1.CaseView.ApplicantView;
import cn.weihai.lianbao.integration.v1.CaseView.ProjectView;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One history entry of the v1 API: who, when and through which channel, followed by the event's own fields.
 * The event fields are read from the event record itself, so a new kind of event shows up without code here.
 */
public final class HistoryView {
    /** Fields every entry already shows in its common part. */
    private static final Set<String> COMMON = Set.of("caseNumber", "occurredOn", "actor", "channel");

    private HistoryView() {
    }

    static Map<String, Object> of(HistoryEntry h) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sequence", h.sequence());
        view.put("type", h.type());
        view.put("occurredOn", h.occurredOn());
        view.put("recordedAt", OffsetDateTime.ofInstant(h.recordedAt(), LianbaoApplication.ZONE)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        view.put("actor", h.actor().username());
        view.put("actorName", h.actor().displayName());
        view.put("role", h.actor().role());
        view.put("organisation", h.actor().organisation());
        view.put("channel", h.channel());
        eventFields(h.event(), view);
        return view;
    }

    private static void eventFields(CaseEvent event, Map<String, Object> view) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        if (components == null) {
            return;
        }
        for (RecordComponent c : components) {
            if (COMMON.contains(c.getName())) {
                continue;
            }
            Object value = read(c, event);
            view.put(c.getName(), shown(value));
            if (value instanceof Department d) {
                view.put(c.getName() + "Name", d.chineseName());
            }
        }
    }

    private static Object shown(Object value) {
        return switch (value) {
            case Applicant a -> ApplicantView.of(a);
            case Project p -> ProjectView.of(p);
            case ServiceSelection s -> new ServiceView(s.service(), s.externalWorks(), s.powerCategory());
            case List<?> list -> list.stream().map(HistoryView::shown).toList();
            case null, default -> value;
        };
    }

    private static Object read(RecordComponent c, CaseEvent event) {
        try {
            return c.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + event.getClass(), e);
        }
    }

    /** A selected service, in the shape it was submitted in. */
    public record ServiceView(UtilityService type, boolean externalWorks, PowerCategory powerCategory) {
    }
}
