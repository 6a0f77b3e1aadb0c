package cn.weihai.lianbao.integration.feed;

import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Which cases name a service, answered from the cases' acceptance events (the source of truth, no lag). */
@Component
class CaseVisibility {
    private final JdbcTemplate jdbc;

    CaseVisibility(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> casesWith(UtilityService service, Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT aggregateIdentifier FROM DomainEventEntry
                    WHERE aggregateIdentifier = ANY (?) AND payloadType = ?
                      AND convert_from(payload, 'UTF8')::jsonb -> 'services' @> ?::jsonb""");
            Array ids = con.createArrayOf("varchar", caseNumbers.toArray());
            statement.setArray(1, ids);
            statement.setString(2, ApplicationAccepted.class.getName());
            statement.setString(3, "[{\"service\":\"" + service.name() + "\"}]");
            return statement;
        }, (rs, i) -> rs.getString(1)));
    }
}
