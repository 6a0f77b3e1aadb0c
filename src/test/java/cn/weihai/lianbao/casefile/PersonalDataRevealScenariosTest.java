package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.Commands.RevealPersonalData;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.PersonalDataRevealed;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cn.weihai.lianbao.casefile.CaseFixtures.CASE;
import static cn.weihai.lianbao.casefile.CaseFixtures.CLERK;
import static cn.weihai.lianbao.casefile.CaseFixtures.DIRECT_ONLY;
import static cn.weihai.lianbao.casefile.CaseFixtures.POWER_STAFF;
import static cn.weihai.lianbao.casefile.CaseFixtures.TODAY;
import static cn.weihai.lianbao.casefile.CaseFixtures.accepted;
import static cn.weihai.lianbao.casefile.CaseFixtures.fixture;
import static org.hamcrest.Matchers.containsString;

/** 12345: unmasking a case's personal data is a fact on the case, for a ticket and a reason, by the hotline. */
class PersonalDataRevealScenariosTest {
    static final Actor AGENT = new Actor("hotline", "赵敏", Role.HOTLINE, "威海市12345政务服务便民热线");
    static final Channel WS = Channel.STAFF_WORKSPACE;

    private AggregateTestFixture<CombinedApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void theAgentRevealsForATicketAndAReason() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(new RevealPersonalData(CASE, " GD001 ", " 核实来电人 ", AGENT, WS))
                .expectEvents(new PersonalDataRevealed(CASE, "GD001", "核实来电人", TODAY, AGENT, WS));
    }

    @Test
    void aClosedCaseCanStillBeRevealedForAComplaint() {
        fixture.given(accepted(DIRECT_ONLY), new ApplicationWithdrawn(CASE, "项目取消", TODAY, CLERK, WS))
                .when(new RevealPersonalData(CASE, "GD002", "投诉撤回原因", AGENT, WS))
                .expectEvents(new PersonalDataRevealed(CASE, "GD002", "投诉撤回原因", TODAY, AGENT, WS));
    }

    @Test
    void aBlankTicketIsRefused() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(new RevealPersonalData(CASE, " ", "原因", AGENT, WS))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void utilityStaffMayNotReveal() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(new RevealPersonalData(CASE, "GD003", "原因", POWER_STAFF, WS))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.reveal.hotlineOnly"))
                .expectNoEvents();
    }
}
