package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Cases of their own for the chain tests, and tampering with their rows that can be undone. */
final class ChainTestSupport {
    private ChainTestSupport() {
    }

    /** A telecom case with four events: accepted, surveyed, paused, resumed (sequences 0–3). */
    static String caseWithFourEvents(CommandGateway commands, CaseNumberAllocator caseNumbers) {
        LocalDate accepted = LocalDate.now(LianbaoApplication.ZONE).minusDays(3);
        String caseNumber = caseNumbers.allocate(accepted);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(TestCases.telecom(caseNumber, accepted, "链测试公司" + unique, "链测试项目" + unique));
        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.SURVEYED, accepted.plusDays(1), null));
        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.PAUSED, accepted.plusDays(1), "等待申请人"));
        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.RESUMED, accepted.plusDays(2), null));
        return caseNumber;
    }

    /** One stored row, all columns, to put back after a test deleted or edited it. */
    static Map<String, Object> row(JdbcTemplate jdbc, String aggregateId, long sequence) {
        return jdbc.queryForMap("SELECT * FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = ?",
                aggregateId, sequence);
    }

    static void restore(JdbcTemplate jdbc, Map<String, Object> row) {
        EventSurgery.update(jdbc, "DELETE FROM DomainEventEntry WHERE globalIndex = ?", row.get("globalindex"));
        jdbc.update("""
                INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type, eventIdentifier,
                    metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.get("globalindex"), row.get("aggregateidentifier"), row.get("sequencenumber"), row.get("type"),
                row.get("eventidentifier"), row.get("metadata"), row.get("payload"), row.get("payloadrevision"),
                row.get("payloadtype"), row.get("timestamp"));
    }
}
