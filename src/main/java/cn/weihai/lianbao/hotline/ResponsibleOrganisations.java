package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.List;

/** 责任单位: the organisation a utility's staff accounts work for (e.g. 国网威海供电公司 for power). */
@Service
public class ResponsibleOrganisations {
    private final JdbcTemplate jdbc;

    ResponsibleOrganisations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Null when no account of that utility names its organisation. */
    public String of(UtilityService service) {
        List<String> names = jdbc.queryForList("""
                SELECT organisation FROM app_user
                 WHERE utility = ? AND enabled AND organisation IS NOT NULL AND organisation <> ''
                 ORDER BY username LIMIT 1""", String.class, service.name());
        return names.isEmpty() ? null : names.getFirst();
    }
}
