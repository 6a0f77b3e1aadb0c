package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.TrackLimit;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.weihai.lianbao.casefile.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 报装受理: one form, a menu of services, the business date. */
class IntakeScenariosTest {
    private AggregateTestFixture<CombinedApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void clerkAcceptsApplicationWithExternalWorksAndTheJointApprovalIsAdded() {
        fixture.givenNoPriorActivity()
                .when(accept(WATER_EXTERNAL_AND_POWER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(accepted(WATER_EXTERNAL_AND_POWER));
        assertThat(accepted(WATER_EXTERNAL_AND_POWER).externalWorksApprovalRequired()).isTrue();
        assertThat(accepted(WATER_EXTERNAL_AND_POWER).limits()).extracting(TrackLimit::workingDays)
                .containsExactly(25, 18); // water with external works, 10 kV dual
    }

    @Test
    void applicationWithoutExternalWorksHasNoJointApproval() {
        fixture.givenNoPriorActivity()
                .when(accept(DIRECT_ONLY))
                .expectEvents(accepted(DIRECT_ONLY));
        assertThat(accepted(DIRECT_ONLY).externalWorksApprovalRequired()).isFalse();
    }

    @Test
    void acceptedOnDefaultsToTodayAndTextIsTrimmed() {
        var untidy = new Applicant(" 威海海景置业有限公司 ", " " + APPLICANT.creditCode() + " ", "张三 ", " 13806310000");
        fixture.givenNoPriorActivity()
                .when(new AcceptApplication(CASE, null, Channel.AISHANDONG_APP, untidy, PROJECT, DIRECT_ONLY, CLERK))
                .expectEvents(accepted(TODAY, Channel.AISHANDONG_APP, DIRECT_ONLY));
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        var badApplicant = new Applicant("", "91371000MA3C8XKQ5X", "张三", "1380631");
        var badProject = new Project("海景花园", " ", "环翠区", null, null);
        var services = List.of(
                new ServiceSelection(UtilityService.DRAINAGE, true, null),
                new ServiceSelection(UtilityService.POWER, false, null),
                new ServiceSelection(UtilityService.DRAINAGE, false, null),
                new ServiceSelection(UtilityService.GAS, false, PowerCategory.RESIDENTIAL));
        var cmd = new AcceptApplication(CASE, TODAY.plusDays(1), Channel.API, badApplicant, badProject, services, CLERK);

        fixture.givenNoPriorActivity().when(cmd).expectException(InvalidInputException.class).expectNoEvents();

        assertThatThrownBy(() -> new CombinedApplication(cmd, CLOCKS, LIMITS, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .containsExactlyInAnyOrder(
                                "channel:validation.channel.notIntake",
                                "acceptedOn:validation.date.future",
                                "applicant.name:validation.required",
                                "applicant.creditCode:validation.creditCode.invalid",
                                "applicant.phone:validation.phone.invalid",
                                "project.code:validation.required",
                                "project.district:validation.required",
                                "project.constructionType:validation.required",
                                "services[0].externalWorks:validation.services.externalWorksNotApplicable",
                                "services[1].powerCategory:validation.required",
                                "services[2].type:validation.services.duplicate",
                                "services[3].powerCategory:validation.services.powerCategoryOnlyForPower"));
    }

    @Test
    void eachCaseRecordsTheLimitsItWasAcceptedUnder() {
        var changed = new cn.weihai.lianbao.deadline.TimeLimitPolicy();
        changed.setWaterExternal(20);
        changed.setExternalWorksApproval(8);
        var f = new AggregateTestFixture<>(CombinedApplication.class);
        f.registerInjectableResource(new TrackClocks(CLOCK, new cn.weihai.lianbao.calendar.CalendarService(), changed));
        f.registerInjectableResource(changed);
        var expected = accepted(WATER_EXTERNAL_AND_POWER);
        f.givenNoPriorActivity()
                .when(accept(WATER_EXTERNAL_AND_POWER))
                .expectEvents(new ApplicationAccepted(CASE, ACCEPTED_ON, expected.channel(), APPLICANT, PROJECT,
                        WATER_EXTERNAL_AND_POWER, true,
                        List.of(new TrackLimit(UtilityService.WATER, 20, null), expected.limits().get(1)), 8, CLERK));
    }

    @Test
    void kv35RecordsBothThePlanReplyAndTheGridStageLimit() {
        var kv35 = List.of(new ServiceSelection(UtilityService.POWER, false, PowerCategory.KV35_SINGLE));
        fixture.givenNoPriorActivity()
                .when(accept(kv35))
                .expectEvents(accepted(kv35));
        assertThat(accepted(kv35).limits()).containsExactly(new TrackLimit(UtilityService.POWER, 22, 10));
    }

    @Test
    void anApplicationNeedsAtLeastOneService() {
        fixture.givenNoPriorActivity()
                .when(accept(List.of()))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("validation.services.none"))
                .expectNoEvents();
    }

    @Test
    void creditCodeCheckCharacterFollowsGb32100() {
        // a published example code: 91350100M000100Y43
        assertThat(cn.weihai.lianbao.shared.CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(cn.weihai.lianbao.shared.CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(cn.weihai.lianbao.shared.CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(cn.weihai.lianbao.shared.CreditCode.isValid("9135010OM000100Y43")).isFalse();
        assertThat(cn.weihai.lianbao.shared.CreditCode.isValid(APPLICANT.creditCode())).isTrue();
    }
}
