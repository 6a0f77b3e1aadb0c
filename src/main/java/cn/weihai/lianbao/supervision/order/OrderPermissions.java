package cn.weihai.lianbao.supervision.order;

import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Role;

/**
 * Who may do what with a supervision order: supervisors issue, send back and close; a track order is answered by
 * that utility's staff, a case order by the window (see {@code casefile.SupervisionOrder} for why).
 */
public final class OrderPermissions {
    private OrderPermissions() {
    }

    public static boolean maySupervise(StaffUser user) {
        return user != null && user.hasRole(Role.SUPERVISOR);
    }

    public static boolean mayAnswer(StaffUser user, SupervisionOrderDetails order) {
        if (user == null || !order.status().awaitsAnswer()) {
            return false;
        }
        return order.concernsWholeCase() ? user.hasRole(Role.CLERK)
                : user.hasRole(Role.UTILITY_STAFF) && user.utility() == order.service();
    }
}
