package cn.weihai.lianbao.portal;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.portal.ApplicantLookup.Granted;
import cn.weihai.lianbao.portal.ApplicantLookup.Locked;
import cn.weihai.lianbao.portal.ApplicantLookup.Refused;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The look-up and its throttling on the real event store and PostgreSQL; every test uses its own addresses. */
class ApplicantLookupTest extends IntegrationTest {
    @Autowired
    ApplicantLookup lookup;
    @Autowired
    LookupThrottle throttle;
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;

    String caseNumber;
    String creditCode;
    String applicant;

    @BeforeEach
    void acceptACase() {
        caseNumber = caseNumbers.allocate(LocalDate.now().minusDays(1));
        applicant = "查询测试置业" + UUID.randomUUID().toString().substring(0, 6);
        AcceptApplication accept = TestCases.telecom(caseNumber, LocalDate.now().minusDays(1), applicant,
                "查询测试项目" + caseNumber);
        creditCode = accept.applicant().creditCode();
        commands.sendAndWait(accept);
    }

    /** A documentation address (TEST-NET-2) of its own per call. */
    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(256) + "." + r.nextInt(256) + "#" + UUID.randomUUID().toString().substring(0, 4);
    }

    @Test
    void theRightPairGrantsTheCaseAsTheApplicant() {
        var answer = lookup.lookup(caseNumber.toLowerCase(), " " + creditCode + " ", address());

        assertThat(answer).isInstanceOf(Granted.class);
        ApplicantAccess access = ((Granted) answer).access();
        assertThat(access.caseNumber()).isEqualTo(caseNumber);
        assertThat(access.actor().displayName()).isEqualTo(applicant);
        assertThat(access.actor().role()).isEqualTo(cn.weihai.lianbao.shared.Role.APPLICANT);
    }

    @Test
    void aWrongCodeAndAnUnknownCaseAreRefusedAlikeAndTakeTheSameMinimumTime() {
        long started = System.nanoTime();
        var wrongCode = lookup.lookup(caseNumber, TestCases.creditCode(), address());
        long wrongCodeNanos = System.nanoTime() - started;
        started = System.nanoTime();
        var unknownCase = lookup.lookup(caseNumber + "9", creditCode, address());
        long unknownNanos = System.nanoTime() - started;

        assertThat(wrongCode).isEqualTo(new Refused());
        assertThat(unknownCase).isEqualTo(new Refused());
        assertThat(wrongCodeNanos).isGreaterThanOrEqualTo(ApplicantLookup.MIN_ANSWER_NANOS);
        assertThat(unknownNanos).isGreaterThanOrEqualTo(ApplicantLookup.MIN_ANSWER_NANOS);
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressOnly() {
        String attacker = address();
        for (int i = 0; i < 4; i++) {
            assertThat(lookup.lookup("LB-GUESS-" + UUID.randomUUID(), creditCode, attacker)).isEqualTo(new Refused());
        }
        assertThat(throttle.isLocked(attacker, caseNumber)).isFalse();
        lookup.lookup("LB-GUESS-" + UUID.randomUUID(), creditCode, attacker);

        assertThat(lookup.lookup(caseNumber, creditCode, attacker)).isEqualTo(new Locked(15));
        assertThat(lookup.lookup(caseNumber, creditCode, address())).isInstanceOf(Granted.class);
    }

    @Test
    void fiveFailuresOnOneCaseNumberLockItFromEveryAddressAndASuccessResetsNothing() {
        for (int i = 0; i < 4; i++) {
            lookup.lookup(caseNumber, TestCases.creditCode(), address());
        }
        assertThat(lookup.lookup(caseNumber, creditCode, address())).isInstanceOf(Granted.class);
        lookup.lookup(caseNumber, TestCases.creditCode(), address());

        assertThat(lookup.lookup(caseNumber, creditCode, address())).isEqualTo(new Locked(15));
        assertThat(throttle.isLocked(address(), "LB-OTHER-" + UUID.randomUUID())).isFalse();
    }
}
