package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.Commands.RateService;
import cn.weihai.lianbao.casefile.api.Commands.RequestConnection;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.ConnectionRequested;
import cn.weihai.lianbao.casefile.api.Events.ServiceRated;
import cn.weihai.lianbao.casefile.api.Events.ServiceWithdrawn;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.weihai.lianbao.casefile.CaseFixtures.*;
import static cn.weihai.lianbao.shared.UtilityService.POWER;
import static cn.weihai.lianbao.shared.UtilityService.TELECOM;
import static org.hamcrest.Matchers.containsString;

/** The applicant's own steps: 自主提出接通申请 once the works are finished, and 好差评 once connected. */
class ApplicantStepScenariosTest {
    private static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);
    private static final LocalDate MAR_4 = LocalDate.of(2026, 3, 4);
    private static final LocalDate MAR_5 = LocalDate.of(2026, 3, 5);
    private static final LocalDate MAR_6 = LocalDate.of(2026, 3, 6);
    static final Actor APPLICANT_ONLINE = new Actor("applicant:" + APPLICANT.creditCode(), APPLICANT.name(),
            Role.APPLICANT, APPLICANT.name());
    private AggregateTestFixture<CombinedApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static Object[] powerUpTo(TrackStage last) {
        var stages = new java.util.ArrayList<Object>();
        stages.add(accepted(DIRECT_ONLY));
        LocalDate[] days = {MAR_3, MAR_3, MAR_4, MAR_5, MAR_6, MAR_6};
        for (TrackStage s : TrackStage.values()) {
            if (s == TrackStage.ACCEPTED) {
                continue;
            }
            stages.add(reached(POWER, s, days[s.ordinal() - 1], POWER_STAFF));
            if (s == last) {
                break;
            }
        }
        return stages.toArray();
    }

    private static RequestConnection requestConnection(String note) {
        return new RequestConnection(CASE, POWER, note, null, APPLICANT_ONLINE, Channel.ONLINE);
    }

    private static RateService rate(int stars, String comment) {
        return new RateService(CASE, POWER, stars, comment, null, APPLICANT_ONLINE, Channel.ONLINE);
    }

    @Test
    void applicantAsksForConnectionOnceConstructionIsFinished() {
        fixture.given(powerUpTo(TrackStage.CONSTRUCTION_FINISHED))
                .when(requestConnection("  红线内工程已完工  "))
                .expectEvents(new ConnectionRequested(CASE, POWER, "红线内工程已完工", TODAY, APPLICANT_ONLINE,
                        Channel.ONLINE));
    }

    @Test
    void applicantMayAlsoAskAfterAcceptancePassed() {
        fixture.given(powerUpTo(TrackStage.ACCEPTANCE_PASSED))
                .when(requestConnection(null))
                .expectEvents(new ConnectionRequested(CASE, POWER, null, TODAY, APPLICANT_ONLINE, Channel.ONLINE));
    }

    @Test
    void connectionCannotBeRequestedBeforeTheWorksAreFinished() {
        fixture.given(powerUpTo(TrackStage.CONSTRUCTION_STARTED))
                .when(requestConnection(null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.connection.notReady"));
    }

    @Test
    void connectionIsRequestedOnlyOnce() {
        fixture.given(powerUpTo(TrackStage.CONSTRUCTION_FINISHED))
                .andGiven(new ConnectionRequested(CASE, POWER, null, MAR_6, APPLICANT_ONLINE, Channel.ONLINE))
                .when(requestConnection(null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.connection.alreadyRequested"));
    }

    @Test
    void aConnectedOrWithdrawnTrackTakesNoConnectionRequest() {
        fixture.given(powerUpTo(TrackStage.CONNECTED))
                .when(requestConnection(null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.connection.trackFinished"));
        fixture().given(accepted(DIRECT_ONLY), new ApplicationWithdrawn(CASE, "项目取消", MAR_3, CLERK,
                        Channel.STAFF_WORKSPACE))
                .when(requestConnection(null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.case.withdrawn"));
    }

    @Test
    void applicantRatesAConnectedServiceOnce() {
        fixture.given(powerUpTo(TrackStage.CONNECTED))
                .when(rate(5, " 办理很快 "))
                .expectEvents(new ServiceRated(CASE, POWER, 5, "办理很快", TODAY, APPLICANT_ONLINE, Channel.ONLINE));
        fixture().given(powerUpTo(TrackStage.CONNECTED))
                .andGiven(new ServiceRated(CASE, POWER, 4, null, TODAY, APPLICANT_ONLINE, Channel.ONLINE))
                .when(rate(1, "改主意了"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.rating.alreadyRated"));
    }

    @Test
    void onlyAConnectedTrackIsRated() {
        fixture.given(powerUpTo(TrackStage.ACCEPTANCE_PASSED))
                .when(rate(5, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.rating.notConnected"));
        fixture().given(accepted(DIRECT_ONLY), new ServiceWithdrawn(CASE, TELECOM, "不需要了", MAR_3,
                        APPLICANT_ONLINE, Channel.ONLINE))
                .when(new RateService(CASE, TELECOM, 3, null, null, APPLICANT_ONLINE, Channel.ONLINE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.rating.notConnected"));
    }

    @Test
    void starsMustBeOneToFiveAndAPoorRatingNeedsAComment() {
        fixture.given(powerUpTo(TrackStage.CONNECTED))
                .when(rate(6, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("validation.rating.stars"));
        fixture().given(powerUpTo(TrackStage.CONNECTED))
                .when(rate(0, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("validation.rating.stars"));
        fixture().given(powerUpTo(TrackStage.CONNECTED))
                .when(rate(2, "  "))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("validation.rating.commentRequired"));
        fixture().given(powerUpTo(TrackStage.CONNECTED))
                .when(rate(3, null))
                .expectEvents(new ServiceRated(CASE, POWER, 3, null, TODAY, APPLICANT_ONLINE, Channel.ONLINE));
    }

    @Test
    void onlyTheApplicantRates() {
        fixture.given(powerUpTo(TrackStage.CONNECTED))
                .when(new RateService(CASE, POWER, 5, null, null, POWER_STAFF, Channel.STAFF_WORKSPACE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.rating.applicantOnly"));
    }
}
