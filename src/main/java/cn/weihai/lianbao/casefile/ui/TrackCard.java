package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.CaseDetails.Pause;
import cn.weihai.lianbao.casefile.api.CaseDetails.TrackDetails;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Fields;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Locale;

/**
 * One utility's track: where it stands and why it waits or ended. Due date and working days are shown as "—"
 * until the time-limit calculation exists.
 */
class TrackCard extends Card {

    TrackCard(TrackDetails track) {
        setId("track-" + track.service().name().toLowerCase(Locale.ROOT));
        addClassName("lb-track-card");
        setTitle(Labels.of(track.service()));
        setHeaderSuffix(Badge.of(track.status()));

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
        fields.add("track.field.lastStepOn", Labels.date(track.lastStepOn()))
                .add("track.field.completedOn", Labels.date(track.completedOn()))
                .add("track.field.dueOn", Labels.empty())
                .add("track.field.usedDays", Labels.empty())
                .add("track.field.remainingDays", Labels.empty());
        if (!track.pauses().isEmpty()) {
            UnorderedList pauses = new UnorderedList();
            track.pauses().forEach(p -> pauses.add(new ListItem(pause(p))));
            fields.addWide("track.field.pauses", pauses);
        }
        add(fields);
    }

    private static String pause(Pause p) {
        return p.to() == null
                ? Labels.text("track.pause.open", Labels.of(p.kind()), Labels.date(p.from()), Labels.orEmpty(p.reason()))
                : Labels.text("track.pause", Labels.of(p.kind()), Labels.date(p.from()), Labels.date(p.to()),
                Labels.orEmpty(p.reason()));
    }
}
