package cn.weihai.lianbao.approval;

import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksOpinionGiven;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksReturnedForPreparation;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import cn.weihai.lianbao.platform.projection.BatchedStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;

/**
 * Keeps {@code approval_case} and {@code approval_opinion} in step with the joint approval's events. A case's
 * events arrive in order (one segment per case) and every write is keyed by case, round and department, so a
 * redelivered or replayed event leaves the rows as they were.
 */
@Component
@ProcessingGroup(ApprovalQueueProjection.PROCESSING_GROUP)
class ApprovalQueueProjection {
    static final String PROCESSING_GROUP = "approval-queue";

    private final JdbcTemplate jdbc;
    private final BatchedStatements statements;

    ApprovalQueueProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.statements = new BatchedStatements(jdbc, PROCESSING_GROUP);
    }

    @EventHandler
    void on(ApplicationAccepted e) {
        if (!e.externalWorksApprovalRequired()) {
            return;
        }
        statements.update("""
                INSERT INTO approval_case (case_number, applicant_name, project_name, district, limit_working_days)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (case_number) DO UPDATE SET applicant_name = EXCLUDED.applicant_name,
                    project_name = EXCLUDED.project_name, district = EXCLUDED.district,
                    limit_working_days = EXCLUDED.limit_working_days""",
                e.caseNumber(), e.applicant().name(), e.project().name(),
                e.project().district() == null ? null : e.project().district().name(), e.externalWorksApprovalLimit());
    }

    @EventHandler
    void on(ExternalWorksSubmitted e) {
        e.departments().forEach(d -> statements.update("""
                INSERT INTO approval_opinion (case_number, round, department, submitted_on) VALUES (?, ?, ?, ?)
                ON CONFLICT (case_number, round, department) DO NOTHING""",
                e.caseNumber(), e.round(), d.name(), Date.valueOf(e.occurredOn())));
    }

    @EventHandler
    void on(ExternalWorksOpinionGiven e) {
        statements.update("""
                UPDATE approval_opinion SET agreed = ?, reason = ?, decided_on = ?, decided_by = ?
                WHERE case_number = ? AND round = ? AND department = ?""",
                e.agreed(), e.reason(), Date.valueOf(e.occurredOn()), e.actor().displayName(),
                e.caseNumber(), e.round(), e.department().name());
    }

    /** A refusal ends the round: the other departments are no longer asked. */
    @EventHandler
    void on(ExternalWorksReturnedForPreparation e) {
        statements.update("DELETE FROM approval_opinion WHERE case_number = ? AND round = ? AND agreed IS NULL",
                e.caseNumber(), e.round());
    }

    @EventHandler
    void on(ApplicationWithdrawn e) {
        statements.update("DELETE FROM approval_opinion WHERE case_number = ? AND agreed IS NULL", e.caseNumber());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE approval_opinion, approval_case");
    }
}
