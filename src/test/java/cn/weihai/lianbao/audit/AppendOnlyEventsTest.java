package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application's own DataSource cannot change or remove a stored event (V160); only inserts go through. */
class AppendOnlyEventsTest extends IntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;

    @Test
    void updateDeleteAndTruncateOfEventsAreRefusedAndChangeNothing() {
        String caseNumber = storedCase();
        byte[] payload = payload(caseNumber);

        assertThatThrownBy(() -> jdbc.update(
                "UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ?", new byte[]{'{', '}'},
                caseNumber)).satisfies(AppendOnlyEventsTest::refusedAsAppendOnly);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                caseNumber)).satisfies(AppendOnlyEventsTest::refusedAsAppendOnly);
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE DomainEventEntry"))
                .satisfies(AppendOnlyEventsTest::refusedAsAppendOnly);

        assertThat(events(caseNumber)).isEqualTo(1);
        assertThat(payload(caseNumber)).isEqualTo(payload);
    }

    @Test
    void theSurgerySettingLastsOneTransactionOnly() {
        String caseNumber = storedCase();
        byte[] payload = payload(caseNumber);

        assertThat(EventSurgery.update(jdbc, "UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ?",
                payload, caseNumber)).isEqualTo(1);

        assertThatThrownBy(() -> jdbc.update(
                "UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ?", payload, caseNumber))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void newEventsAreStillAppended() {
        String caseNumber = storedCase();
        commands.sendAndWait(TestCases.telecomStep(caseNumber, cn.weihai.lianbao.casefile.api.TrackStep.SURVEYED,
                LocalDate.now(LianbaoApplication.ZONE), null));
        assertThat(events(caseNumber)).isEqualTo(2);
    }

    private static void refusedAsAppendOnly(Throwable e) {
        assertThat(e).isInstanceOf(DataAccessException.class);
        assertThat(((DataAccessException) e).getMostSpecificCause()).hasMessageContaining("append-only");
    }

    private String storedCase() {
        LocalDate today = LocalDate.now(LianbaoApplication.ZONE);
        String caseNumber = caseNumbers.allocate(today);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(TestCases.telecom(caseNumber, today, "只增公司" + unique, "只增项目" + unique));
        return caseNumber;
    }

    private int events(String caseNumber) {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Integer.class, caseNumber);
    }

    private byte[] payload(String caseNumber) {
        return jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 0", byte[].class, caseNumber);
    }
}
