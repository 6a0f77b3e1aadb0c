package cn.weihai.lianbao.audit.ui;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.audit.AuditCase;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.ui.Labels;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit view of one case in a mocked browser, on the real application and PostgreSQL. */
class AuditViewTest extends UiTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CaseFileQueries queries;

    AuditCase audited;
    List<HistoryEntry> history;

    @BeforeEach
    void recordACase() {
        audited = new AuditCase(commands, caseNumbers, queries);
        history = queries.history(audited.caseNumber);
    }

    @Test
    void everyEventWithWhoRecordedItInWhichRoleForWhichOrganisationHowAndWhen() {
        AuditView view = open("supervisor");

        assertThat(GridKt._size(view.grid)).isEqualTo(5);
        assertThat(GridKt._getFormattedRow(view.grid, 2)).contains("2", "暂停计时", "李供电", "市政公用企业人员",
                "国网威海供电公司", "联合报装工作台", AuditCase.ACCEPTED_ON.plusDays(1).toString(),
                Labels.dateTime(history.get(2).recordedAt()));
        assertThat(GridKt._getFormattedRow(view.grid, 3)).contains("赵供水", "业务系统接口");
        assertThat(view.shownCount.getText()).isEqualTo("显示 5 条，共 5 条");
        assertThat(_get(view, Component.class, spec -> spec.withId("audit-case-number")).getElement().getText())
                .contains(audited.caseNumber);
    }

    @Test
    void theHistoryFiltersByEventTypeAndByActor() {
        AuditView view = open("supervisor");
        Actor power = history.get(1).actor();

        _setValue(view.typeFilter, Set.of("TrackStepRecorded"));
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.shownCount.getText()).isEqualTo("显示 2 条，共 5 条");

        _setValue(view.actorFilter, power);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains("供电：已踏勘");

        _setValue(view.typeFilter, Set.of());
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(view.typeFilter.getListDataView().getItems().toList())
                .containsExactly("ApplicationAccepted", "TrackStepRecorded", "TrackPaused", "TrackResumed");
        assertThat(view.typeFilter.getItemLabelGenerator().apply("TrackPaused")).isEqualTo("暂停计时");
    }

    @Test
    void byDefaultTheCaseNowWithEveryEventAndNothingToRecord() {
        AuditView view = open("supervisor");

        assertThat(view.momentCount.getText()).startsWith("截至 ").endsWith("的事件：5 / 5 条");
        assertThat(view.moment.isInvalid()).isFalse();
        assertThat(get_textRecursively(_get(view.momentResult, Component.class, spec -> spec.withId("track-water"))))
                .contains("已踏勘");
        assertThat(_find(view.momentResult, Component.class, spec -> spec.withId("case-applicant"))).hasSize(1);
        assertThat(get_textRecursively(view.momentResult)).contains(audited.applicant);
        assertThat(_find(view.momentResult, Button.class)).isEmpty();
        assertThat(_find(view.momentResult, Upload.class)).isEmpty();
    }

    @Test
    void anEarlierMomentShowsTheCaseRebuiltFromTheEventsUpToThen() {
        AuditView view = open("supervisor");
        LocalDateTime second = LocalDateTime.ofInstant(history.get(1).recordedAt(), LianbaoApplication.ZONE)
                .truncatedTo(ChronoUnit.SECONDS);
        Instant endOfSecond = second.atZone(LianbaoApplication.ZONE).toInstant().plusSeconds(1).minusNanos(1);
        long upTo = history.stream().filter(h -> !h.recordedAt().isAfter(endOfSecond)).count();
        CaseDetails then = queries.asOf(audited.caseNumber, endOfSecond).orElseThrow();

        _setValue(view.moment, second);

        assertThat(upTo).isBetween(2L, 5L);
        assertThat(view.momentCount.getText()).isEqualTo("截至 %s 的事件：%d / 5 条"
                .formatted(Labels.dateTime(endOfSecond), upTo));
        assertThat(get_textRecursively(_get(view.momentResult, Component.class, spec -> spec.withId("track-power"))))
                .contains(Labels.of(then.track(cn.weihai.lianbao.shared.UtilityService.POWER).orElseThrow().status()));
    }

    @Test
    void aMomentBeforeTheCaseExistedSaysSo() {
        AuditView view = open("supervisor");
        LocalDateTime before = LocalDateTime.ofInstant(history.getFirst().recordedAt(), LianbaoApplication.ZONE)
                .truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);

        _setValue(view.moment, before);

        assertThat(view.momentCount.getText()).endsWith("的事件：0 / 5 条");
        assertThat(_get(view.momentResult, Component.class, spec -> spec.withId("audit-moment-before-case"))
                .getElement().getText()).startsWith("所选时刻 " + Labels.dateTime(before.atZone(
                        LianbaoApplication.ZONE).toInstant().plusSeconds(1).minusNanos(1)) + " 案件尚未受理")
                .contains(Labels.dateTime(history.getFirst().recordedAt()));
        assertThat(_find(view.momentResult, Component.class, spec -> spec.withId("track-power"))).isEmpty();
    }

    @Test
    void aFutureOrMissingMomentIsAFieldError() {
        AuditView view = open("supervisor");

        _setValue(view.moment, LocalDateTime.now(LianbaoApplication.ZONE).plusHours(1));
        assertThat(view.moment.isInvalid()).isTrue();
        assertThat(view.moment.getErrorMessage()).isEqualTo("不能选择未来的时刻");
        assertThat(view.momentResult.getChildren()).isEmpty();

        _setValue(view.moment, null);
        assertThat(view.moment.getErrorMessage()).isEqualTo("请选择日期与时间");

        _click(view.nowButton);
        assertThat(view.moment.isInvalid()).isFalse();
        assertThat(view.momentCount.getText()).endsWith("5 / 5 条");
    }

    @Test
    void supervisorsDownloadTheHistoryAsCsvAndPdf() throws Exception {
        AuditView view = open("supervisor");

        Anchor csv = _get(view, Anchor.class, spec -> spec.withId("audit-export-csv"));
        assertThat(csv.getText()).isEqualTo("导出办理记录（CSV）");
        FakeResponse csvResponse = download(csv);
        assertThat(csvResponse.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csvResponse.getHeader("Content-Disposition")).contains(audited.caseNumber + "-history.csv");
        String text = new String(csvResponse.getBuffer().toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF序号,事项").contains("王窗口", "赵供水");

        FakeResponse pdfResponse = download(_get(view, Anchor.class, spec -> spec.withId("audit-export-pdf")));
        assertThat(pdfResponse.getContentType()).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdfResponse.getBuffer().toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains(audited.caseNumber, "暂停计时", "李供电");
        }
    }

    @Test
    void theHotlineReadsTheAuditWithoutExportsAndTheWindowMayNotOpenIt() {
        AuditView view = open("hotline");
        assertThat(GridKt._size(view.grid)).isEqualTo(5);
        assertThat(_find(view, Anchor.class, spec -> spec.withId("audit-export-csv"))).isEmpty();
        assertThat(_find(view, Anchor.class, spec -> spec.withId("audit-export-pdf"))).isEmpty();

        signIn("clerk");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditView.class,
                new RouteParameters(AuditView.CASE_NUMBER, audited.caseNumber)))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theCasePageLinksToTheAuditForThoseWhoMayOpenIt() {
        for (String user : List.of("supervisor", "admin", "hotline")) {
            signIn(user);
            UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, audited.caseNumber));
            RouterLink link = _get(RouterLink.class, spec -> spec.withId("case-audit-link"));
            assertThat(link.getHref()).as(user).isEqualTo("cases/" + audited.caseNumber + "/audit");
            assertThat(link.getText()).isEqualTo("审计");
        }
        for (String user : List.of("clerk", "power")) {
            signIn(user);
            UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, audited.caseNumber));
            assertThat(_find(RouterLink.class, spec -> spec.withId("case-audit-link"))).as(user).isEmpty();
        }
    }

    @Test
    void anUnknownCaseIsNotFound() {
        signIn("supervisor");
        UI.getCurrent().navigate(AuditView.class, new RouteParameters(AuditView.CASE_NUMBER, "LB-1999-535353"));

        assertThat(get_textRecursively(_get(Component.class, spec -> spec.withId("audit-not-found"))))
                .contains("LB-1999-535353");
    }

    private AuditView open(String user) {
        signIn(user);
        UI.getCurrent().navigate(AuditView.class, new RouteParameters(AuditView.CASE_NUMBER, audited.caseNumber));
        return _get(AuditView.class);
    }

    private static FakeResponse download(Anchor link) throws Exception {
        ElementStreamResource resource = (ElementStreamResource) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(URI.create(link.getHref())).orElseThrow();
        FakeResponse response = new FakeResponse();
        resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) VaadinSession.getCurrent().getService()),
                VaadinSession.getCurrent(), resource.getOwner());
        return response;
    }
}
