package cn.weihai.lianbao.load;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.identity.DemoAccounts;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;

import java.util.EnumMap;
import java.util.Map;

/** The people generated cases are recorded by: the demo accounts, so the screens show familiar names. */
final class Actors {
    static final Actor CLERK = DemoAccounts.clerk();
    static final Actor SUPERVISOR = new Actor("supervisor", "监管人员", Role.SUPERVISOR, "威海市行政审批服务局");
    static final Actor HOTLINE = new Actor("hotline", "12345热线坐席", Role.HOTLINE, "威海市12345政务服务便民热线");
    private static final Map<Department, Actor> DEPARTMENTS = new EnumMap<>(Department.class);
    private static final Map<UtilityService, Actor> UTILITIES = new EnumMap<>(UtilityService.class);

    static {
        DEPARTMENTS.put(Department.HOUSING_CONSTRUCTION,
                new Actor("housing", "住建审批", Role.APPROVAL_STAFF, "威海市住房和城乡建设局"));
        DEPARTMENTS.put(Department.TRAFFIC_POLICE,
                new Actor("police", "交警审批", Role.APPROVAL_STAFF, "威海市公安局交警支队"));
        DEPARTMENTS.put(Department.NATURAL_RESOURCES_PLANNING,
                new Actor("planning", "规划审批", Role.APPROVAL_STAFF, "威海市自然资源和规划局"));
        DEPARTMENTS.put(Department.WATER_AFFAIRS,
                new Actor("wateraffairs", "水务审批", Role.APPROVAL_STAFF, "威海市水务局"));
        DEPARTMENTS.put(Department.BIG_DATA, new Actor("bigdata", "大数据审批", Role.APPROVAL_STAFF, "威海市大数据局"));
        DEPARTMENTS.put(Department.HIGHWAY, new Actor("highway", "公路审批", Role.APPROVAL_STAFF, "威海市公路事业发展中心"));
        for (UtilityService s : UtilityService.values()) {
            UTILITIES.put(s, DemoAccounts.utilityStaff(s));
        }
    }

    private Actors() {
    }

    static Actor department(Department d) {
        return DEPARTMENTS.get(d);
    }

    static Actor utility(UtilityService s) {
        return UTILITIES.get(s);
    }

    static Actor applicant(String creditCode, String firm) {
        return new Actor("applicant:" + creditCode, firm, Role.APPLICANT, firm);
    }
}
