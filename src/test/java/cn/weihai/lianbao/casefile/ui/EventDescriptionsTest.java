package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksOpinionGiven;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
import cn.weihai.lianbao.casefile.api.Events.SupplementRequested;
import cn.weihai.lianbao.casefile.api.Events.TrackResumed;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline's one-line descriptions, in both languages, from the real bundles. */
class EventDescriptionsTest {
    static final LocalDate DAY = LocalDate.of(2025, 10, 9);
    static final Actor ACTOR = new Actor("power", "吴强", Role.UTILITY_STAFF, "国网威海供电公司");
    static final Channel CH = Channel.STAFF_WORKSPACE;

    static EventDescriptions in(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/domain", "i18n/ui", "i18n/orders");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new EventDescriptions((key, args) -> messages.getMessage(key, args, "!" + key, locale));
    }

    final EventDescriptions zh = in(Locale.SIMPLIFIED_CHINESE);
    final EventDescriptions en = in(Locale.ENGLISH);

    @Test
    void aStepNamesTheServiceTheStatusAndTheNote() {
        var surveyed = new TrackStepRecorded("LB-1", UtilityService.POWER, TrackStage.SURVEYED, "现场踏勘完成", DAY,
                ACTOR, CH);
        assertThat(zh.describe(surveyed)).isEqualTo("供电：已踏勘 — 现场踏勘完成");
        assertThat(en.describe(surveyed)).isEqualTo("Electricity: Surveyed — 现场踏勘完成");
        assertThat(zh.typeLabel(surveyed)).isEqualTo("办理进度");
    }

    @Test
    void aStepWithoutNoteHasNoDash() {
        var resumed = new TrackResumed("LB-1", UtilityService.WATER, null, DAY, ACTOR, CH);
        assertThat(zh.describe(resumed)).isEqualTo("供水：恢复计时");
    }

    @Test
    void theAcceptanceListsTheServices() {
        var accepted = new ApplicationAccepted("LB-1", DAY, Channel.SHARED_HALL, null, null,
                List.of(ServiceSelection.of(UtilityService.WATER),
                        new ServiceSelection(UtilityService.POWER, false, PowerCategory.RESIDENTIAL)),
                false, List.of(new cn.weihai.lianbao.casefile.api.TrackLimit(UtilityService.WATER, 7, null),
                        new cn.weihai.lianbao.casefile.api.TrackLimit(UtilityService.POWER, 3, null)), 0, ACTOR);
        assertThat(zh.describe(accepted)).isEqualTo("受理联合报装申请，报装事项：供水、供电");
        assertThat(en.describe(accepted)).isEqualTo("Combined application accepted for: Water supply, Electricity");
    }

    @Test
    void approvalEventsNameDepartmentsAndVerdicts() {
        var submitted = new ExternalWorksSubmitted("LB-1", 2,
                List.of(Department.HOUSING_CONSTRUCTION, Department.TRAFFIC_POLICE), DAY, ACTOR, CH);
        assertThat(zh.describe(submitted)).isEqualTo("外线工程提交联合审批（第 2 轮）：市住房城乡建设局、市公安局交警支队");
        var refused = new ExternalWorksOpinionGiven("LB-1", 2, Department.TRAFFIC_POLICE, false, "占道时间过长", DAY,
                ACTOR, CH);
        assertThat(zh.describe(refused)).isEqualTo("市公安局交警支队：不同意 — 占道时间过长");
        var supplement = new SupplementRequested("LB-1", UtilityService.GAS, "缺少燃气用气点位图", DAY, ACTOR, CH);
        assertThat(en.describe(supplement))
                .isEqualTo("Gas: applicant asked to supplement materials, clock paused — 缺少燃气用气点位图");
    }

    @Test
    void everyEventTypeIsDescribedInBothLanguagesWithoutRawKeys() {
        var events = List.of(
                new TrackStepRecorded("LB-1", UtilityService.WATER, TrackStage.CONNECTED, null, DAY, ACTOR, CH),
                new cn.weihai.lianbao.casefile.api.Events.TrackPaused("LB-1", UtilityService.WATER, "等待红线内工程",
                        DAY, ACTOR, CH),
                new cn.weihai.lianbao.casefile.api.Events.SupplementSupplied("LB-1", UtilityService.WATER, null, DAY,
                        ACTOR, CH),
                new cn.weihai.lianbao.casefile.api.Events.TrackRejected("LB-1", UtilityService.WATER, "不具备条件",
                        DAY, ACTOR, CH),
                new cn.weihai.lianbao.casefile.api.Events.ServiceWithdrawn("LB-1", UtilityService.WATER, null, DAY,
                        ACTOR, CH),
                new cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn("LB-1", "项目取消", DAY, ACTOR, CH),
                new cn.weihai.lianbao.casefile.api.Events.ExternalWorksMaterialsPrepared("LB-1", 1,
                        cn.weihai.lianbao.casefile.api.MaterialsPreparer.UTILITY, true, false, null, DAY, ACTOR, CH),
                new cn.weihai.lianbao.casefile.api.Events.CommitmentLetterUploaded("LB-1", 1, "承诺书.pdf", null, DAY,
                        ACTOR, CH),
                new cn.weihai.lianbao.casefile.api.Events.ExternalWorksReturnedForPreparation("LB-1", 1,
                        Department.BIG_DATA, "材料不全", DAY, ACTOR, CH),
                new cn.weihai.lianbao.casefile.api.Events.ExternalWorksPermitIssued("LB-1", 1, "威外审〔2025〕7号", DAY,
                        ACTOR, CH));
        for (var event : events) {
            for (EventDescriptions d : List.of(zh, en)) {
                assertThat(d.describe(event)).doesNotContain("!", "{");
                assertThat(d.typeLabel(event)).doesNotStartWith("!");
            }
        }
        assertThat(zh.describe(events.get(6))).isEqualTo("外线工程审批材料已准备（第 1 轮，市政公用企业准备，告知承诺制：是）");
    }

    @Test
    void supervisionOrdersNameTheirScopeLimitAndReason() {
        var onPower = new cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued("LB-1", 1, UtilityService.POWER,
                "方案答复拖延", 3, LocalDate.of(2025, 10, 14), DAY, ACTOR, CH);
        assertThat(zh.describe(onPower)).isEqualTo("第 1 号督办（供电）：限 3 个工作日内整改，至 2025-10-14 — 方案答复拖延");
        var onCase = new cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued("LB-1", 2, null, "整体滞后", 1,
                LocalDate.of(2025, 10, 10), DAY, ACTOR, CH);
        assertThat(en.describe(onCase))
                .isEqualTo("Supervision order no. 2 (whole case): rectify within 1 working days, by 2025-10-10 — 整体滞后");
        var overdue = new cn.weihai.lianbao.casefile.api.Events.SupervisionOrderOverdue("LB-1", 2,
                LocalDate.of(2025, 10, 10), DAY, Actor.system(), Channel.SYSTEM);
        assertThat(zh.describe(overdue)).isEqualTo("第 2 号督办超期未答复，整改期限至 2025-10-10");
        assertThat(zh.typeLabel(overdue)).isEqualTo("督办超期");
        var moved = new cn.weihai.lianbao.casefile.api.Events.SupervisionOrderDueDateMoved("LB-1", 2,
                LocalDate.of(2025, 10, 13), DAY, Actor.system(), Channel.SYSTEM);
        assertThat(zh.describe(moved)).isEqualTo("第 2 号督办：工作日历更正后，整改期限改为 2025-10-13");
    }
}
