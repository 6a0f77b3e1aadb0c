package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.CaseDetailsFold;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.UtilityService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The case at a moment, the history's filters and its exports, on a real case in the event store. */
class CaseAuditTest extends IntegrationTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CaseFileQueries queries;
    @Autowired
    CalendarService calendar;
    @Autowired
    TimeLimitPolicy limits;
    @Autowired
    HistoryExports exports;

    AuditCase audited;
    List<HistoryEntry> history;

    @BeforeEach
    void recordACaseInSteps() {
        audited = new AuditCase(commands, caseNumbers, queries);
        history = queries.history(audited.caseNumber);
        assertThat(history).hasSize(5);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).recordedAt()).isAfter(history.get(i - 1).recordedAt());
        }
    }

    @Test
    void theCaseAtEachMomentIsTheCaseAsItWasReadThen() {
        for (int i = 0; i < history.size(); i++) {
            assertThat(queries.asOf(audited.caseNumber, audited.readAt.get(i))).as("after step %d", i)
                    .contains(audited.states.get(i));
        }
    }

    @Test
    void theCaseAtEachEventsRecordedTimeIsTheFoldOfTheEventsUpToIt() {
        for (int i = 0; i < history.size(); i++) {
            Instant at = history.get(i).recordedAt();
            LocalDate day = LocalDate.ofInstant(at, LianbaoApplication.ZONE);
            var clocks = new CaseDetailsFold.ClockContext(calendar.current(), day, limits.getDueSoonWorkingDays());
            var prefix = history.subList(0, i + 1).stream().map(HistoryEntry::event).toList();

            assertThat(queries.asOf(audited.caseNumber, at)).as("at event %d", i)
                    .isEqualTo(CaseDetailsFold.fold(prefix, clocks));
            assertThat(queries.asOf(audited.caseNumber, at.minusNanos(1000))).as("just before event %d", i)
                    .isEqualTo(CaseDetailsFold.fold(prefix.subList(0, i), clocks));
        }
    }

    @Test
    void theStatesBetweenTheStepsAreThoseOfTheSteps() {
        CaseDetails accepted = queries.asOf(audited.caseNumber, history.get(0).recordedAt()).orElseThrow();
        CaseDetails paused = queries.asOf(audited.caseNumber, history.get(2).recordedAt()).orElseThrow();
        CaseDetails resumed = queries.asOf(audited.caseNumber, history.get(4).recordedAt()).orElseThrow();

        assertThat(accepted.track(UtilityService.POWER).orElseThrow().stage()).isEqualTo(TrackStage.ACCEPTED);
        assertThat(accepted.version()).isZero();
        assertThat(paused.track(UtilityService.POWER).orElseThrow().status()).isEqualTo(TrackStatus.PAUSED);
        assertThat(paused.track(UtilityService.WATER).orElseThrow().stage()).isEqualTo(TrackStage.ACCEPTED);
        assertThat(resumed.track(UtilityService.POWER).orElseThrow().status()).isNotEqualTo(TrackStatus.PAUSED);
        assertThat(resumed.track(UtilityService.WATER).orElseThrow().stage()).isEqualTo(TrackStage.SURVEYED);
    }

    @Test
    void aMomentStillToComeShowsTheCaseNowWithItsClocksReadToday() {
        assertThat(queries.asOf(audited.caseNumber, Instant.now().plus(java.time.Duration.ofDays(5))))
                .isEqualTo(queries.find(audited.caseNumber));
    }

    @Test
    void beforeTheAcceptanceWasRecordedThereIsNoCase() {
        Instant before = history.getFirst().recordedAt().minusMillis(1);

        assertThat(queries.asOf(audited.caseNumber, before)).isEmpty();
        PointInTime then = PointInTime.of(queries, history, before);
        assertThat(then.existed()).isFalse();
        assertThat(then.eventsUpTo()).isZero();
        assertThat(then.eventsInAll()).isEqualTo(5);
        assertThat(then.firstRecordedAt()).isEqualTo(history.getFirst().recordedAt());
    }

    @Test
    void thePointInTimeCountsTheEventsUpToTheMoment() {
        PointInTime then = PointInTime.of(queries, history, history.get(2).recordedAt());

        assertThat(then.existed()).isTrue();
        assertThat(then.eventsUpTo()).isEqualTo(3);
        assertThat(then.eventsInAll()).isEqualTo(5);
        assertThat(then.details().orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void theHistoryFiltersByEventTypeAndByActor() {
        assertThat(HistoryFilter.typesIn(history)).containsExactly("ApplicationAccepted", "TrackStepRecorded",
                "TrackPaused", "TrackResumed");
        assertThat(HistoryFilter.actorsIn(history)).extracting(a -> a.username())
                .containsExactly("clerk", "power", "water");

        assertThat(new HistoryFilter(Set.of("TrackStepRecorded"), null).apply(history))
                .extracting(HistoryEntry::sequence).containsExactly(1L, 3L);
        assertThat(new HistoryFilter(Set.of(), "power").apply(history))
                .extracting(HistoryEntry::sequence).containsExactly(1L, 2L, 4L);
        assertThat(new HistoryFilter(Set.of("TrackStepRecorded", "TrackPaused"), "power").apply(history))
                .extracting(HistoryEntry::sequence).containsExactly(1L, 2L);
        assertThat(new HistoryFilter(Set.of("TrackStepRecorded"), "clerk").apply(history)).isEmpty();
        assertThat(HistoryFilter.ALL.apply(history)).isEqualTo(history);
    }

    @Test
    void theCsvHasEveryEventInChineseWithNotesQuoted() {
        byte[] bytes = exports.csv(audited.caseNumber, Locale.SIMPLIFIED_CHINESE).orElseThrow();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).startsWith("序号,事项,办理情况,经办人,角色,单位,渠道,业务日期,记录时间（北京时间）\r\n");
        assertThat(csv).contains("\r\n0,受理,", "王窗口,综合窗口人员,威海市政务服务中心,");
        assertThat(csv).contains("\"供电：等待申请人，暂停计时 — 等待用户缴费, 见 \"\"缴费通知\"\"\n第二行\"");
        assertThat(csv).contains(",供水：已踏勘 — 水表井位置已确认,赵供水,");
        assertThat(csv).contains("," + AuditCase.ACCEPTED_ON.plusDays(2) + ",");
        assertThat(csv).contains(HistoryTable.RECORDED.format(history.get(4).recordedAt()));
        assertThat(csv.split("\r\n")).hasSize(1 + 5);
    }

    @Test
    void theCsvFollowsTheLanguageAsked() {
        String csv = new String(exports.csv(audited.caseNumber, Locale.ENGLISH).orElseThrow(), StandardCharsets.UTF_8);

        assertThat(csv).contains("Business date", "Recorded at (Beijing time)");
    }

    @Test
    void thePdfIsChineseTextOnLandscapePages() throws Exception {
        byte[] pdf = exports.pdf(audited.caseNumber, Locale.SIMPLIFIED_CHINESE).orElseThrow();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("案件编号：" + audited.caseNumber, "联合报装案件办理记录", "生成时间：",
                    "第1页/共1页", "王窗口", "综合窗口人员", "等待用户缴费", "第二行", "赵供水");
        }
    }

    @Test
    void anUnknownCaseHasNoExport() {
        assertThat(exports.csv("LB-1999-424242", Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(exports.pdf("LB-1999-424242", Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }
}
