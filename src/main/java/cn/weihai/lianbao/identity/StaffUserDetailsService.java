package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** Accounts from the {@code app_user} table. */
@Service
public class StaffUserDetailsService implements UserDetailsService {

    private static final String SELECT = """
            SELECT username, password_hash, display_name, role, organisation, utility, department, enabled
            FROM app_user""";

    private static final RowMapper<StaffUserDetails> ROW = (rs, n) -> new StaffUserDetails(
            new StaffUser(rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                    rs.getString("organisation"),
                    rs.getString("utility") == null ? null : UtilityService.valueOf(rs.getString("utility")),
                    rs.getString("department") == null ? null : Department.valueOf(rs.getString("department"))),
            rs.getString("password_hash"), rs.getBoolean("enabled"));

    private final JdbcTemplate jdbc;

    public StaffUserDetailsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StaffUserDetails loadUserByUsername(String username) {
        return jdbc.query(SELECT + " WHERE username = ?", ROW, username).stream().findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    public Optional<StaffUser> find(String username) {
        return jdbc.query(SELECT + " WHERE username = ?", ROW, username).stream().findFirst()
                .map(StaffUserDetails::staffUser);
    }

    public List<StaffUser> findAll() {
        return jdbc.query(SELECT + " ORDER BY role, username", ROW).stream().map(StaffUserDetails::staffUser).toList();
    }
}
