package cn.weihai.lianbao.casefile.materials;

import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.MaterialAttached;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import cn.weihai.lianbao.platform.projection.BatchedStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;

/**
 * Keeps {@code material_case} and {@code case_material} in step with the case events, for {@link MaterialsOnFile}.
 * Every write is keyed by the case (and the event's sequence number), so a redelivered or replayed event
 * changes nothing.
 */
@Component
@ProcessingGroup(MaterialsProjection.PROCESSING_GROUP)
class MaterialsProjection {
    static final String PROCESSING_GROUP = "materials";

    private final JdbcTemplate jdbc;
    private final BatchedStatements statements;

    MaterialsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.statements = new BatchedStatements(jdbc, PROCESSING_GROUP);
    }

    @EventHandler
    void on(ApplicationAccepted e) {
        statements.update("""
                INSERT INTO material_case (case_number, credit_code, project_code, accepted_on) VALUES (?, ?, ?, ?)
                ON CONFLICT (case_number) DO UPDATE SET credit_code = EXCLUDED.credit_code,
                    project_code = EXCLUDED.project_code, accepted_on = EXCLUDED.accepted_on""",
                e.caseNumber(), e.applicant().creditCode(), e.project().code(), Date.valueOf(e.occurredOn()));
    }

    @EventHandler
    void on(MaterialAttached e, @SequenceNumber long sequence) {
        statements.update("""
                INSERT INTO case_material (case_number, sequence_number, material_type, sha256, file_name, size,
                                           attached_on, reused_from_case)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_number, sequence_number) DO NOTHING""",
                e.caseNumber(), sequence, e.type().name(), e.sha256(), e.fileName(), e.size(),
                Date.valueOf(e.occurredOn()), e.reusedFromCase());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE case_material, material_case");
    }
}
