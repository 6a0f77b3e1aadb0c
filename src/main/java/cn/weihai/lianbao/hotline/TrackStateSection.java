package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.casefile.api.CaseDetails.TrackDetails;
import cn.weihai.lianbao.casefile.ui.EventDescriptions.Texts;
import cn.weihai.lianbao.deadline.ClockReading;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/** Where the case is and what is late: one line per track, with the responsible organisation when late. */
@Component
@Order(10)
class TrackStateSection implements TraceSection {
    private final ResponsibleOrganisations organisations;

    TrackStateSection(ResponsibleOrganisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public TraceParagraph describe(TraceInput input, Texts texts) {
        List<String> lines = input.details().tracks().stream().map(t -> line(t, texts)).toList();
        return new TraceParagraph("trace-tracks", texts.get("hotline.trace.tracks"), lines);
    }

    private String line(TrackDetails track, Texts texts) {
        String state = texts.label(track.service()) + texts.get("hotline.trace.colon") + texts.label(track.status());
        ClockReading clock = track.clock();
        if (clock == null) {
            return state;
        }
        if (clock.stoppedOn() != null) {
            return texts.get("hotline.trace.track.ended", state, clock.stoppedOn().toString(),
                    texts.get(Boolean.FALSE.equals(clock.onTime()) ? "hotline.trace.late" : "hotline.trace.onTime"));
        }
        if (clock.remainingWorkingDays() < 0) {
            String organisation = organisations.of(track.service());
            return texts.get("hotline.trace.track.overdue", state, clock.dueDate().toString(),
                    -clock.remainingWorkingDays(),
                    organisation == null ? texts.label(track.service()) : organisation);
        }
        return texts.get("hotline.trace.track.open", state, clock.dueDate().toString(),
                clock.remainingWorkingDays());
    }
}
