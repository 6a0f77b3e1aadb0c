package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.platform.DatabaseMode;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The demo accounts of API.md (password {@code demo}), created only on the embedded default database,
 * never on an external one. Existing accounts are left as they are.
 */
@Component
public class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final int DEMO_COST = 4;

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    static final List<StaffUser> ACCOUNTS = List.of(
            staff("admin", "系统管理员", Role.ADMIN, "威海市行政审批服务局"),
            staff("clerk", "王静", Role.CLERK, "威海市政务服务中心"),
            staff("supervisor", "李明", Role.SUPERVISOR, "威海市行政审批服务局"),
            staff("hotline", "赵敏", Role.HOTLINE, "威海市12345政务服务便民热线"),
            utility("water", "孙涛", "威海市水务集团有限公司", UtilityService.WATER),
            utility("drainage", "周鹏", "威海市水务集团有限公司（排水）", UtilityService.DRAINAGE),
            utility("power", "吴强", "国网威海供电公司", UtilityService.POWER),
            utility("gas", "郑凯", "威海港华燃气有限公司", UtilityService.GAS),
            utility("heating", "冯磊", "威海热电集团有限公司", UtilityService.HEATING),
            utility("telecom", "陈晨", "威海市信息通信发展办公室", UtilityService.TELECOM),
            utility("broadcast", "褚伟", "中国广电山东网络有限公司威海市分公司", UtilityService.BROADCAST),
            approval("housing", "卫东", "威海市住房和城乡建设局", Department.HOUSING_CONSTRUCTION),
            approval("police", "蒋勇", "威海市公安局交警支队", Department.TRAFFIC_POLICE),
            approval("planning", "沈洁", "威海市自然资源和规划局", Department.NATURAL_RESOURCES_PLANNING),
            approval("wateraffairs", "韩冰", "威海市水务局", Department.WATER_AFFAIRS),
            approval("bigdata", "杨帆", "威海市大数据局", Department.BIG_DATA),
            approval("highway", "朱华", "威海市公路事业发展中心", Department.HIGHWAY));

    private final DatabaseMode databaseMode;
    private final JdbcTemplate jdbc;

    DemoAccounts(DatabaseMode databaseMode, JdbcTemplate jdbc) {
        this.databaseMode = databaseMode;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!databaseMode.embedded()) {
            return;
        }
        // the demo password is public anyway: a cheap BCrypt cost loses nothing and makes every demo sign-in fast
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(DEMO_COST).encode(PASSWORD);
        int created = 0;
        for (StaffUser account : ACCOUNTS) {
            created += jdbc.update("""
                            INSERT INTO app_user (username, password_hash, display_name, role, organisation, utility, department)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (username) DO NOTHING""",
                    account.username(), hash, account.displayName(), account.role().name(), account.organisation(),
                    account.utility() == null ? null : account.utility().name(),
                    account.department() == null ? null : account.department().name());
        }
        if (created > 0) {
            log.info("Created {} demo accounts (password '{}') on the embedded database", created, PASSWORD);
        }
    }

    /** The demo account of a utility's staff, e.g. for generated demonstration cases. */
    public static Actor utilityStaff(UtilityService service) {
        return ACCOUNTS.stream().filter(a -> a.utility() == service).findFirst().orElseThrow().actor();
    }

    /** The demo account of the window (综合窗口). */
    public static Actor clerk() {
        return ACCOUNTS.stream().filter(a -> a.role() == Role.CLERK).findFirst().orElseThrow().actor();
    }

    private static StaffUser staff(String username, String name, Role role, String organisation) {
        return new StaffUser(username, name, role, organisation, null, null);
    }

    private static StaffUser utility(String username, String name, String organisation, UtilityService utility) {
        return new StaffUser(username, name, Role.UTILITY_STAFF, organisation, utility, null);
    }

    private static StaffUser approval(String username, String name, String organisation, Department department) {
        return new StaffUser(username, name, Role.APPROVAL_STAFF, organisation, null, department);
    }
}
