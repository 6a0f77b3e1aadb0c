package cn.weihai.lianbao.hotline.ui;

import cn.weihai.lianbao.hotline.HotlineHit;
import cn.weihai.lianbao.hotline.HotlineSearch;
import cn.weihai.lianbao.hotline.PersonalData;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * 12345 查询: one box searches case number, applicant, credit code, phone, project and address; personal data are
 * masked in the results. A click opens the case's trace (案件追溯).
 */
@Route(value = "hotline", layout = MainLayout.class)
@RolesAllowed({"HOTLINE", "SUPERVISOR", "ADMIN"})
public class HotlineView extends VerticalLayout implements HasDynamicTitle {
    private final HotlineSearch search;
    final TextField text = new TextField();
    final Button find = new Button();
    final Span summary = new Span();
    final Grid<HotlineHit> grid = new Grid<>();

    public HotlineView(HotlineSearch search) {
        this.search = search;
        addClassName("lb-page");
        text.setId("hotline-text");
        text.setLabel(Labels.text("hotline.search.label"));
        text.setPlaceholder(Labels.text("hotline.search.placeholder"));
        text.setClearButtonVisible(true);
        text.setWidth("32em");
        text.addKeyPressListener(Key.ENTER, e -> refresh());
        find.setText(Labels.text("hotline.search.find"));
        find.setId("hotline-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(text, find);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        summary.setId("hotline-summary");

        grid.setId("hotline-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(HotlineHit::caseNumber).setHeader(Labels.text("hotline.column.case")).setKey("case")
                .setAutoWidth(true);
        grid.addColumn(h -> Labels.date(h.acceptedOn())).setHeader(Labels.text("hotline.column.acceptedOn"))
                .setKey("acceptedOn").setAutoWidth(true);
        grid.addColumn(HotlineHit::applicantName).setHeader(Labels.text("hotline.column.applicant"))
                .setKey("applicant").setFlexGrow(1);
        grid.addColumn(h -> Labels.orEmpty(PersonalData.maskCreditCode(h.creditCode())))
                .setHeader(Labels.text("hotline.column.creditCode")).setKey("creditCode").setAutoWidth(true);
        grid.addColumn(h -> Labels.orEmpty(PersonalData.maskPhone(h.contactPhone())))
                .setHeader(Labels.text("hotline.column.phone")).setKey("phone").setAutoWidth(true);
        grid.addColumn(h -> Labels.orEmpty(h.projectName())).setHeader(Labels.text("hotline.column.project"))
                .setKey("project").setFlexGrow(1);
        grid.addColumn(h -> Labels.orEmpty(h.address())).setHeader(Labels.text("hotline.column.address"))
                .setKey("address").setFlexGrow(1);
        grid.addComponentColumn(h -> Badge.of(h.status())).setHeader(Labels.text("hotline.column.status"))
                .setKey("status").setAutoWidth(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(TraceView.class,
                new RouteParameters(TraceView.CASE_NUMBER, click.getItem().caseNumber())));
        grid.setItems(List.of());
        add(new H2(Labels.text("hotline.title")), bar, summary, grid);
        setSizeFull();
    }

    void refresh() {
        String value = text.getValue() == null ? "" : text.getValue().strip();
        if (value.codePointCount(0, value.length()) < HotlineSearch.MIN_LENGTH) {
            text.setErrorMessage(Labels.text("hotline.search.tooShort", HotlineSearch.MIN_LENGTH));
            text.setInvalid(true);
            grid.setItems(List.of());
            summary.setText("");
            return;
        }
        text.setInvalid(false);
        List<HotlineHit> hits = search.find(value);
        grid.setItems(hits);
        summary.setText(hits.size() >= HotlineSearch.LIMIT
                ? Labels.text("hotline.search.more", HotlineSearch.LIMIT)
                : Labels.text("hotline.search.count", hits.size()));
    }

    @Override
    public String getPageTitle() {
        return Labels.text("hotline.title") + " | " + Labels.text("app.title");
    }
}
