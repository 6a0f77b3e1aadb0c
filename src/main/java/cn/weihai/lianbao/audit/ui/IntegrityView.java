package cn.weihai.lianbao.audit.ui;

import cn.weihai.lianbao.audit.ChainReport;
import cn.weihai.lianbao.audit.ChainReport.BrokenChain;
import cn.weihai.lianbao.audit.ChainUnavailableException;
import cn.weihai.lianbao.audit.ChainVerifier;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * 数据完整性 (supervisors, administrators): verifies the events' hash chains over all cases or one case, and lists
 * each broken case with its first broken event. Opened from a case page with {@code ?case=<number>} it verifies
 * that case at once.
 */
@Route(value = "integrity", layout = MainLayout.class)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class IntegrityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String CASE_PARAMETER = "case";

    private final ChainVerifier verifier;
    final TextField caseNumber = new TextField(Labels.text("integrity.field.caseNumber"));
    final Paragraph summary = new Paragraph();
    final Grid<BrokenChain> broken = new Grid<>();

    public IntegrityView(ChainVerifier verifier) {
        this.verifier = verifier;
        addClassName("lb-page");
        setId("integrity-view");

        Button all = new Button(Labels.text("integrity.action.verifyAll"), click -> verifyAll());
        all.setId("integrity-verify-all");
        all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        caseNumber.setId("integrity-case-number");
        caseNumber.setClearButtonVisible(true);
        Button one = new Button(Labels.text("integrity.action.verifyCase"), click -> verifyCase());
        one.setId("integrity-verify-case");
        HorizontalLayout actions = new HorizontalLayout(all, caseNumber, one);
        actions.setAlignItems(Alignment.BASELINE);

        summary.setId("integrity-summary");
        broken.setId("integrity-grid");
        broken.addColumn(BrokenChain::aggregateId).setHeader(Labels.text("integrity.column.caseNumber"))
                .setKey("case").setAutoWidth(true);
        broken.addColumn(BrokenChain::sequence).setHeader(Labels.text("integrity.column.sequence"))
                .setKey("sequence").setAutoWidth(true);
        broken.addColumn(b -> Labels.text("integrity.reason." + b.reason().name()))
                .setHeader(Labels.text("integrity.column.reason")).setKey("reason").setAutoWidth(true);
        broken.addColumn(b -> eventType(b.payloadType())).setHeader(Labels.text("integrity.column.eventType"))
                .setKey("type").setAutoWidth(true);
        broken.addColumn(b -> b.eventId() == null ? Labels.empty() : b.eventId())
                .setHeader(Labels.text("integrity.column.eventId")).setKey("eventId").setAutoWidth(true);
        broken.setAllRowsVisible(true);
        broken.setVisible(false);

        add(new H2(Labels.text("integrity.title")), new Paragraph(Labels.text("integrity.intro")), actions, summary,
                broken);
        if (!verifier.available()) {
            actions.setEnabled(false);
            summary.setText(Labels.text(ChainUnavailableException.MESSAGE_KEY));
            summary.getElement().setAttribute("data-intact", "unavailable");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!verifier.available()) {
            return;
        }
        List<String> requested = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(CASE_PARAMETER, List.of());
        if (!requested.isEmpty() && !requested.getFirst().isBlank()) {
            caseNumber.setValue(requested.getFirst().strip());
            verifyCase();
        }
    }

    void verifyAll() {
        caseNumber.setInvalid(false);
        show(verifier.verifyAll(), null);
    }

    void verifyCase() {
        String number = caseNumber.getValue().strip();
        if (number.isEmpty()) {
            caseNumber.setErrorMessage(Labels.text("integrity.error.caseRequired"));
            caseNumber.setInvalid(true);
            return;
        }
        ChainReport report = verifier.verifyOne(number);
        if (report.aggregatesChecked() == 0) {
            caseNumber.setErrorMessage(Labels.text("integrity.error.caseUnknown", number));
            caseNumber.setInvalid(true);
            return;
        }
        caseNumber.setInvalid(false);
        show(report, number);
    }

    private void show(ChainReport report, String number) {
        String counts = Labels.text("integrity.summary.counts", report.aggregatesChecked(), report.eventsChecked(),
                report.unchainedEvents(), report.duration().toMillis());
        String verdict = report.intact()
                ? Labels.text(number == null ? "integrity.summary.intact" : "integrity.summary.caseIntact", number)
                : Labels.text("integrity.summary.broken", report.broken().size());
        summary.setText(verdict + " " + counts);
        summary.getElement().setAttribute("data-intact", String.valueOf(report.intact()));
        broken.setItems(report.broken());
        broken.setVisible(!report.intact());
    }

    private static String eventType(String payloadType) {
        if (payloadType == null) {
            return Labels.empty();
        }
        String simple = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        simple = simple.substring(simple.lastIndexOf('$') + 1);
        String label = Labels.text("event.type." + simple);
        return label.startsWith("!") ? simple : label; // events of other aggregates (e.g. the calendar) have no label
    }

    @Override
    public String getPageTitle() {
        return Labels.text("integrity.title");
    }
}
