package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.CaseDetails.Pause;
import cn.weihai.lianbao.casefile.api.CaseDetails.TrackDetails;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Fields;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Locale;

/**
 * One utility's track: where it stands, why it waits or ended, and its time limit read today (due date, working
 * days used and left, 临期/超期, or 按期/逾期 once finished). For 35 kV and above also the supply-plan reply's
 * own limit (供电方案答复).
 */
public class TrackCard extends Card {

    public TrackCard(TrackDetails track) {
        setId("track-" + track.service().name().toLowerCase(Locale.ROOT));
        addClassName("lb-track-card");
        setTitle(Labels.of(track.service()));
        boolean waiting = isWaiting(track);
        Div marks = new Div(Badge.of(track.status()));
        marks.addClassName("lb-marks");
        ClockMark.of(track.clock(), waiting).ifPresent(mark -> marks.add(mark.badge()));
        setHeaderSuffix(marks);

        Fields fields = new Fields()
                .add("track.field.stage", Labels.of(track.stage()))
                .add("track.field.externalWorks", Labels.yesNo(track.externalWorks()));
        if (track.powerCategory() != null) {
            fields.add("track.field.powerCategory", Labels.of(track.powerCategory()));
        }
        if (track.waitingReason() != null) {
            fields.add("track.field.waitingReason", track.waitingReason());
        }
        if (track.endReason() != null) {
            fields.add("track.field.endReason", track.endReason());
        }
        fields.add("track.field.lastStepOn", Labels.date(track.lastStepOn()));

        Fields clock = new Fields();
        clock.addClassName("lb-clock-fields");
        addClock(clock, track.clock());
        if (track.planReplyClock() != null) {
            clock.addWide("track.field.planReply", planReply(track.planReplyClock(), waiting));
        }
        if (!track.pauses().isEmpty()) {
            UnorderedList pauses = new UnorderedList();
            track.pauses().forEach(p -> pauses.add(new ListItem(pause(p))));
            clock.addWide("track.field.pauses", pauses);
        }
        add(fields, clock);
    }

    private static boolean isWaiting(TrackDetails track) {
        return track.status() == TrackStatus.PAUSED || track.status() == TrackStatus.SUPPLEMENT_REQUESTED;
    }

    /** The limit, the due date and the days used; then the days left while it runs, or when it stopped. */
    private static void addClock(Fields fields, ClockReading clock) {
        fields.add("track.field.limit", ClockTexts.workingDays(clock.limitWorkingDays()))
                .add("track.field.dueOn", ClockTexts.dueDate(clock))
                .add("track.field.usedDays", ClockTexts.workingDays(clock.usedWorkingDays()));
        if (clock.stoppedOn() == null) {
            fields.add("track.field.remainingDays", ClockTexts.remaining(clock));
        } else {
            fields.add("track.field.completedOn", Labels.date(clock.stoppedOn()));
        }
    }

    /** "10 个工作日，截止 2026-12-09 [临期]", or "已于 2026-12-01 答复 [按期]". */
    private static Div planReply(ClockReading clock, boolean waiting) {
        Div line = new Div();
        line.setId("plan-reply");
        line.addClassName("lb-clock-line");
        if (clock.stoppedOn() == null) {
            line.add(new Span(Labels.text("track.planReply.running", ClockTexts.workingDays(clock.limitWorkingDays()),
                    Labels.date(clock.dueDate()))));
        } else {
            line.add(new Span(Labels.text("track.planReply.stopped", ClockTexts.workingDays(clock.limitWorkingDays()),
                    Labels.date(clock.dueDate()), Labels.date(clock.stoppedOn()))));
        }
        ClockMark.of(clock, waiting).ifPresent(mark -> line.add(mark.badge()));
        if (clock.provisional()) {
            Span note = new Span(Labels.text("clock.provisional"));
            note.addClassName("lb-provisional");
            line.add(note);
        }
        return line;
    }

    private static String pause(Pause p) {
        return p.to() == null
                ? Labels.text("track.pause.open", Labels.of(p.kind()), Labels.date(p.from()), Labels.orEmpty(p.reason()))
                : Labels.text("track.pause", Labels.of(p.kind()), Labels.date(p.from()), Labels.date(p.to()),
                Labels.orEmpty(p.reason()));
    }
}
