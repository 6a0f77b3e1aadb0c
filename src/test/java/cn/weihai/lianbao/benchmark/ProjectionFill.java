package cn.weihai.lianbao.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Synthetic rows for the read models only (case_summary, supervision_track), shaped like the projections' rows,
 * in the style of SupervisionBenchmark: enough volume for the query latencies without sending a million cases
 * through the commands. They have no events (event_count 0 in case_summary), so the case page samples skip them.
 * Case numbers LB-1990-…, so they never meet a real one. For the development runner only.
 */
public final class ProjectionFill {
    private ProjectionFill() {
    }

    static void fill(JdbcTemplate jdbc, int cases) {
        jdbc.update("""
                INSERT INTO case_summary (case_number, accepted_on, channel, applicant_name, credit_code, contact_phone,
                    project_name, project_code, address, district, status, services, event_count)
                SELECT 'LB-1990-' || lpad(c::text, 7, '0'), DATE '2026-11-24' - (c % 730),
                       (ARRAY['GOV_SERVICE_CENTER','SHARED_HALL','UTILITY_COUNTER','PROJECT_APPROVAL_SYSTEM',
                              'SHANDONG_GOV_PORTAL','AISHANDONG_APP'])[1 + c % 6],
                       '威海' || (ARRAY['海景置业','高新产业园开发','石岛湾渔港建设','银滩旅游开发','蓝海船舶'])[1 + c % 5]
                           || (c % 20000) || '有限公司',
                       '91371000MA' || lpad(((c::bigint * 7919) % 10000000)::text, 7, '0') || 'X',
                       '139' || lpad(((c::bigint * 104729) % 100000000)::text, 8, '0'),
                       '项目' || c || '号楼', '2025-371000-70-01-' || lpad(c::text, 7, '0'), '某路' || (c % 500) || '号',
                       (ARRAY['HUANCUI','WENDENG','RONGCHENG','RUSHAN','TORCH_HIGH_TECH','ECONOMIC_TECH','LINGANG',
                              'NANHAI'])[1 + (c / 7) % 8],
                       CASE WHEN c % 730 > 60 THEN 'COMPLETED' ELSE 'IN_PROGRESS' END, ARRAY['WATER','POWER'], 0
                FROM generate_series(1, ?) AS c""", cases);
        supervisionTracks(jdbc, cases, "'LB-1990-'");
        jdbc.execute("VACUUM ANALYZE case_summary");
        jdbc.execute("VACUUM ANALYZE supervision_track");
    }

    /**
     * 1–3 supervision_track rows per case, older cases mostly connected, recent ones open; {@code caseNumberPrefix}
     * is the SQL expression before the 7-digit number (e.g. {@code 'LB-1990-'}).
     */
    public static void supervisionTracks(JdbcTemplate jdbc, int cases, String caseNumberPrefix) {
        // row by row the tallies' trigger would write a delta row per track: counted afresh once instead (V180)
        jdbc.execute("ALTER TABLE supervision_track DISABLE TRIGGER supervision_tally_row");
        try {
            insertTracks(jdbc, cases, caseNumberPrefix);
        } finally {
            jdbc.execute("ALTER TABLE supervision_track ENABLE TRIGGER supervision_tally_row");
        }
        jdbc.execute("SELECT supervision_tally_rebuild()");
        jdbc.execute("VACUUM ANALYZE supervision_tally, supervision_statistics_tally");
    }

    private static void insertTracks(JdbcTemplate jdbc, int cases, String caseNumberPrefix) {
        jdbc.update("""
                INSERT INTO supervision_track (case_number, service, power_category, accepted_on, channel, district,
                    applicant_name, project_name, project_code, status, stage, limit_days, waits, due_on, provisional,
                    remaining_days, warning, ended_on, on_time, used_days, event_count)
                SELECT {prefix} || lpad(c::text, 7, '0'),
                       (ARRAY['WATER','DRAINAGE','POWER','GAS','HEATING','TELECOM','BROADCAST'])[1 + (c + j * 3) % 7],
                       NULL, a.accepted_on,
                       (ARRAY['GOV_SERVICE_CENTER','SHARED_HALL','UTILITY_COUNTER','PROJECT_APPROVAL_SYSTEM',
                              'SHANDONG_GOV_PORTAL','AISHANDONG_APP'])[1 + c % 6],
                       (ARRAY['HUANCUI','WENDENG','RONGCHENG','RUSHAN','TORCH_HIGH_TECH','ECONOMIC_TECH','LINGANG',
                              'NANHAI'])[1 + (c / 7) % 8],
                       '威海' || (ARRAY['海景置业','高新产业园开发','石岛湾渔港建设','银滩旅游开发','蓝海船舶'])[1 + c % 5]
                           || (c % 20000) || '有限公司',
                       '项目' || c || '号楼', '2025-371000-70-01-' || lpad(c::text, 7, '0'),
                       s.status, CASE WHEN s.status IN ('CONNECTED', 'REJECTED', 'WITHDRAWN', 'PAUSED')
                           THEN 'SURVEYED' ELSE s.status END,
                       5 + (c + j) % 21, '', a.accepted_on + (5 + (c + j) % 21) * 7 / 5, false, 3,
                       CASE WHEN s.status IN ('CONNECTED', 'REJECTED', 'WITHDRAWN') THEN 'NONE'
                            WHEN (c + j) % 20 = 0 THEN 'OVERDUE' WHEN (c + j) % 33 = 0 THEN 'DUE_SOON' ELSE 'NONE' END,
                       CASE WHEN s.status IN ('CONNECTED', 'REJECTED', 'WITHDRAWN')
                           THEN a.accepted_on + (c % 40) END,
                       CASE WHEN s.status = 'CONNECTED' THEN (c % 40) <= (5 + (c + j) % 21) * 7 / 5 END,
                       (c % 40) * 5 / 7, 10
                FROM generate_series(1, ?) AS c
                CROSS JOIN LATERAL generate_series(0, c % 3) AS j
                CROSS JOIN LATERAL (SELECT DATE '2026-11-24' - (c % 730) AS accepted_on) AS a
                CROSS JOIN LATERAL (SELECT CASE
                    WHEN a.accepted_on < DATE '2026-11-24' - 60 THEN
                        CASE WHEN (c + j) % 50 = 0 THEN 'REJECTED' WHEN (c + j) % 97 = 0 THEN 'WITHDRAWN'
                             WHEN (c + j) % 31 = 0 THEN 'CONSTRUCTION_STARTED' ELSE 'CONNECTED' END
                    ELSE (ARRAY['ACCEPTED','SURVEYED','PLAN_ISSUED','CONSTRUCTION_STARTED','CONSTRUCTION_FINISHED',
                                'ACCEPTANCE_PASSED','CONNECTED','PAUSED'])[1 + (c + j) % 8] END AS status) AS s
                """.replace("{prefix}", caseNumberPrefix), cases);
    }
}
