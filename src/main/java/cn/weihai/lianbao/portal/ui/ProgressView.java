package cn.weihai.lianbao.portal.ui;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.TrackDetails;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.Commands.RateService;
import cn.weihai.lianbao.casefile.api.Commands.RequestConnection;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawService;
import cn.weihai.lianbao.casefile.api.Events.ConnectionRequested;
import cn.weihai.lianbao.casefile.api.Events.ServiceRated;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.ui.CaseActions;
import cn.weihai.lianbao.casefile.ui.CaseSections;
import cn.weihai.lianbao.casefile.ui.TrackCard;
import cn.weihai.lianbao.portal.ApplicantAccess;
import cn.weihai.lianbao.portal.ApplicantProgress;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Fields;
import cn.weihai.lianbao.ui.LanguageSwitch;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Locale;

/**
 * The applicant's view of their case, opened through {@link ProgressLookupView} (the case is in the session, not
 * in the address): project, each track's state and time limit, and the steps the applicant takes themselves —
 * ask for connection, withdraw a service, rate a connected service. No staff names or internal records.
 */
@Route(value = "progress/case", autoLayout = false)
@AnonymousAllowed
public class ProgressView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    private final CaseFileQueries queries;
    private final CaseActions actions;

    public ProgressView(CaseFileQueries queries, CaseActions actions) {
        this.queries = queries;
        this.actions = actions;
        addClassName("lb-page");
        addClassName("lb-progress-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalSession.access().ifPresentOrElse(this::load, () -> event.forwardTo(ProgressLookupView.class));
    }

    private void load(ApplicantAccess access) {
        removeAll();
        List<HistoryEntry> history = queries.history(access.caseNumber());
        queries.details(history).ifPresent(details -> show(access, details, history));
    }

    private void show(ApplicantAccess access, CaseDetails details, List<HistoryEntry> history) {
        H1 title = new H1(getTranslation("portal.case.title", details.caseNumber()));
        title.setId("progress-case-title");
        Button leave = new Button(getTranslation("portal.case.leave"), click -> {
            PortalSession.close();
            getUI().ifPresent(ui -> ui.navigate(ProgressLookupView.class));
        });
        leave.setId("progress-leave");
        Div heading = new Div(title, Badge.of(details.status()), leave, new LanguageSwitch());
        heading.addClassName("lb-case-heading");

        Fields project = new Fields()
                .add("case.field.applicantName", details.applicant().name())
                .add("case.field.projectName", details.project().name())
                .add("case.field.address", details.project().address())
                .add("case.field.district", Labels.of(details.project().district()))
                .add("case.field.acceptedOn", Labels.date(details.acceptedOn()))
                .add("case.field.status", Labels.of(details.status()));

        Div tracks = new Div();
        tracks.addClassName("lb-cards");
        boolean open = details.status() != CaseStatus.WITHDRAWN;
        for (TrackDetails t : details.tracks()) {
            TrackCard card = new TrackCard(t);
            card.add(applicantSide(access, t, open, ApplicantProgress.last(history, ConnectionRequested.class,
                    t.service()), ApplicantProgress.last(history, ServiceRated.class, t.service())));
            tracks.add(card);
        }
        add(heading, CaseSections.section("progress-project", "case.section.project", project),
                CaseSections.section("progress-tracks", "case.section.tracks", tracks));
    }

    /** What the applicant did on the track, and the steps open to them now. */
    private Div applicantSide(ApplicantAccess access, TrackDetails t, boolean open, ConnectionRequested requested,
                              ServiceRated rating) {
        String id = "progress-" + t.service().name().toLowerCase(Locale.ROOT);
        Div side = new Div();
        side.addClassName("lb-progress-actions");
        if (requested != null) {
            Span text = new Span(getTranslation("portal.track.connectionRequested", Labels.date(requested.occurredOn())));
            text.setId(id + "-requested");
            side.add(text);
        } else if (ApplicantProgress.mayRequestConnection(open, t)) {
            side.add(button(id + "-connect", "portal.action.requestConnection", () -> requestConnection(access, t)));
        }
        if (rating != null) {
            Span text = new Span(getTranslation("portal.track.rated", rating.stars(),
                    Labels.orEmpty(rating.comment())));
            text.setId(id + "-rating");
            side.add(text);
        } else if (t.status() == TrackStatus.CONNECTED) {
            side.add(button(id + "-rate", "portal.action.rate", () -> rate(access, t)));
        }
        if (open && !t.status().isFinished()) {
            side.add(button(id + "-withdraw", "portal.action.withdraw", () -> withdraw(access, t)));
        }
        return side;
    }

    private Button button(String id, String labelKey, Runnable open) {
        Button button = new Button(getTranslation(labelKey), click -> open.run());
        button.setId(id);
        return button;
    }

    private void requestConnection(ApplicantAccess access, TrackDetails t) {
        TextArea note = new TextArea(getTranslation("portal.field.connectionNote"));
        note.setId("progress-connect-note");
        ApplicantDialog dialog = dialog("progress-connect-dialog",
                getTranslation("portal.dialog.requestConnection", Labels.of(t.service())), access);
        dialog.field("note", note).onSave(() -> new RequestConnection(access.caseNumber(), t.service(),
                note.getValue(), null, access.actor(), Channel.ONLINE)).open();
    }

    private void withdraw(ApplicantAccess access, TrackDetails t) {
        TextArea reason = new TextArea(getTranslation("portal.field.withdrawReason"));
        reason.setId("progress-withdraw-reason");
        reason.setRequired(true);
        ApplicantDialog dialog = dialog("progress-withdraw-dialog",
                getTranslation("portal.dialog.withdraw", Labels.of(t.service())), access);
        dialog.field("reason", reason).onSave(() -> {
            if (reason.getValue().isBlank()) {
                dialog.invalid("reason", getTranslation("validation.reasonRequired"));
                return null;
            }
            return new WithdrawService(access.caseNumber(), t.service(), reason.getValue(), null, access.actor(),
                    Channel.ONLINE);
        }).open();
    }

    private void rate(ApplicantAccess access, TrackDetails t) {
        RadioButtonGroup<Integer> stars = new RadioButtonGroup<>(getTranslation("portal.field.stars"));
        stars.setId("progress-rate-stars");
        stars.setItems(5, 4, 3, 2, 1);
        stars.setItemLabelGenerator(n -> getTranslation("portal.stars." + n));
        stars.setRequired(true);
        TextArea comment = new TextArea(getTranslation("portal.field.comment"));
        comment.setId("progress-rate-comment");
        comment.setHelperText(getTranslation("portal.field.comment.helper"));
        ApplicantDialog dialog = dialog("progress-rate-dialog",
                getTranslation("portal.dialog.rate", Labels.of(t.service())), access);
        dialog.field("stars", stars).field("comment", comment).onSave(() -> {
            if (stars.getValue() == null) {
                dialog.invalid("stars", getTranslation("validation.rating.stars"));
                return null;
            }
            return new RateService(access.caseNumber(), t.service(), stars.getValue(), comment.getValue(), null,
                    access.actor(), Channel.ONLINE);
        }).open();
    }

    private ApplicantDialog dialog(String id, String title, ApplicantAccess access) {
        return new ApplicantDialog(actions, id, title, () -> load(access));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.lookup.title");
    }
}
