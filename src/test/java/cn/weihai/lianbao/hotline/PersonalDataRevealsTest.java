package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.Events.PersonalDataRevealed;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.identity.StaffUserDetails;
import cn.weihai.lianbao.identity.StaffUserDetailsService;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.CommandFailures;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every unmasking is a fact on the case: who, for which ticket, why, when, through which channel. */
class PersonalDataRevealsTest extends IntegrationTest {
    @Autowired
    PersonalDataReveals reveals;
    @Autowired
    HotlineCases cases;
    @Autowired
    CaseFileQueries queries;
    @Autowired
    StaffUserDetailsService users;

    private StaffUser staff(String username) {
        return ((StaffUserDetails) users.loadUserByUsername(username)).staffUser();
    }

    private List<PersonalDataRevealed> reveals(String caseNumber) {
        return queries.history(caseNumber).stream().map(HistoryEntry::event)
                .filter(PersonalDataRevealed.class::isInstance).map(PersonalDataRevealed.class::cast).toList();
    }

    @Test
    void aRevealIsRecordedOnTheCaseWithTicketReasonAndAgent() {
        String caseNumber = cases.accept(UUID.randomUUID().toString().substring(0, 8)).caseNumber();
        String ticket = cases.registerComplaint(caseNumber, "GD-" + caseNumber);

        reveals.reveal(caseNumber, " " + ticket + " ", "来电人核实联系方式", staff("hotline"));

        assertThat(reveals(caseNumber)).singleElement().satisfies(e -> {
            assertThat(e.ticketNumber()).isEqualTo(ticket);
            assertThat(e.reason()).isEqualTo("来电人核实联系方式");
            assertThat(e.actor().username()).isEqualTo("hotline");
            assertThat(e.actor().role()).isEqualTo(Role.HOTLINE);
            assertThat(e.channel()).isEqualTo(Channel.STAFF_WORKSPACE);
            assertThat(e.occurredOn()).isNotNull();
        });
    }

    @Test
    void aBlankTicketOrReasonIsRefusedAtItsFieldAndNothingIsRecorded() {
        String caseNumber = cases.accept(UUID.randomUUID().toString().substring(0, 8)).caseNumber();

        String ticket = cases.registerComplaint(caseNumber, "GD-" + caseNumber);

        Throwable noTicket = catchThrowable(() -> reveals.reveal(caseNumber, "  ", "原因", staff("hotline")));
        Throwable noReason = catchThrowable(() -> reveals.reveal(caseNumber, ticket, " ", staff("hotline")));

        assertThat(noTicket).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) noTicket).violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("ticketNumber"));
        assertThat(CommandFailures.unwrap(noReason)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("reason")));
        assertThat(reveals(caseNumber)).isEmpty();
    }

    @Test
    void utilityStaffCannotReveal() {
        String caseNumber = cases.accept(UUID.randomUUID().toString().substring(0, 8)).caseNumber();
        String ticket = cases.registerComplaint(caseNumber, "GD-" + caseNumber);

        Throwable refused = catchThrowable(() -> reveals.reveal(caseNumber, ticket, "原因", staff("power")));

        assertThat(CommandFailures.unwrap(refused)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("rule.reveal.hotlineOnly"));
        assertThat(reveals(caseNumber)).isEmpty();
    }

    @Test
    void aTicketNotRegisteredForTheCaseIsRefusedAtItsField() {
        String caseNumber = cases.accept(UUID.randomUUID().toString().substring(0, 8)).caseNumber();
        String otherCase = cases.accept(UUID.randomUUID().toString().substring(0, 8)).caseNumber();
        String ticketOfOtherCase = cases.registerComplaint(otherCase, "GD-" + otherCase);

        Throwable unknown = catchThrowable(() -> reveals.reveal(caseNumber, "GD-NONE-" + caseNumber, "原因",
                staff("hotline")));
        Throwable other = catchThrowable(() -> reveals.reveal(caseNumber, ticketOfOtherCase, "原因",
                staff("hotline")));

        for (Throwable refused : List.of(unknown, other)) {
            assertThat(refused).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("ticketNumber");
                        assertThat(v.messageKey()).isEqualTo("hotline.reveal.ticketNotRegistered");
                    }));
        }
        assertThat(reveals(caseNumber)).isEmpty();
    }
}
