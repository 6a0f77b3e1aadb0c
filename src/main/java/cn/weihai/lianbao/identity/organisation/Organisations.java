package cn.weihai.lianbao.identity.organisation;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The organisation table (V100): read access for every feature. */
@Repository
public class Organisations {

    private static final String COLUMNS = "id, name, kind, utility, department, enabled";

    private static final RowMapper<Organisation> ROW = (rs, i) -> new Organisation(
            rs.getString("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
            rs.getString("utility") == null ? null : UtilityService.valueOf(rs.getString("utility")),
            rs.getString("department") == null ? null : Department.valueOf(rs.getString("department")),
            rs.getBoolean("enabled"));

    private final JdbcTemplate jdbc;

    Organisations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM organisation ORDER BY kind, id", ROW);
    }

    public Optional<Organisation> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM organisation WHERE id = ?", ROW, id).stream().findFirst();
    }

    public Optional<Organisation> named(String name) {
        return jdbc.query("SELECT " + COLUMNS + " FROM organisation WHERE name = ?", ROW, name).stream().findFirst();
    }

    /** The utility working this service's tracks, if one is registered. */
    public Optional<Organisation> forUtility(UtilityService service) {
        return jdbc.query("SELECT " + COLUMNS + " FROM organisation WHERE utility = ?", ROW, service.name())
                .stream().findFirst();
    }

    public Optional<Organisation> forDepartment(Department department) {
        return jdbc.query("SELECT " + COLUMNS + " FROM organisation WHERE department = ?", ROW, department.name())
                .stream().findFirst();
    }
}
