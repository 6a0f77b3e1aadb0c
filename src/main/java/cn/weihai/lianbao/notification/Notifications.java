package cn.weihai.lianbao.notification;

import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The notifications addressed to a user, newest first, with that user's read marks: supervisors get every alert,
 * utility staff those of their utility's tracks and orders, the window the whole-case orders.
 */
@Service
public class Notifications {
    private static final RowMapper<Notification> ROW = (rs, n) -> new Notification(rs.getString("event_id"),
            rs.getString("case_number"), rs.getString("kind"),
            rs.getString("service") == null ? null : UtilityService.valueOf(rs.getString("service")),
            rs.getDate("due_date").toLocalDate(), (Integer) rs.getObject("order_number"),
            rs.getDate("occurred_on").toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
            rs.getBoolean("read"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Notifications(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The audience condition for a user, with its arguments; null when nothing is addressed to them. */
    private record Audience(String sql, List<Object> args) {
        static Audience of(StaffUser user) {
            if (user.hasRole(Role.SUPERVISOR)) {
                return new Audience("n.for_supervisors", List.of());
            }
            if (user.hasRole(Role.UTILITY_STAFF) && user.utility() != null) {
                return new Audience("(n.service = ? AND NOT n.for_window)", List.of(user.utility().name()));
            }
            if (user.hasRole(Role.CLERK)) {
                return new Audience("n.for_window", List.of());
            }
            return null;
        }
    }

    /** Whether any alert is ever addressed to this user (hotline agents and administrators get none). */
    public boolean isAddressed(StaffUser user) {
        return Audience.of(user) != null;
    }

    public int unreadCount(StaffUser user) {
        Audience audience = Audience.of(user);
        if (audience == null) {
            return 0;
        }
        List<Object> args = new ArrayList<>(audience.args());
        args.add(user.username());
        Integer n = jdbc.queryForObject("SELECT count(*) FROM notification n WHERE " + audience.sql()
                + " AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.event_id = n.event_id"
                + " AND r.username = ?)", Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    public List<Notification> newest(StaffUser user, int limit) {
        Audience audience = Audience.of(user);
        if (audience == null) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(user.username());
        args.addAll(audience.args());
        args.add(limit);
        return jdbc.query("SELECT n.*, r.event_id IS NOT NULL AS read FROM notification n"
                + " LEFT JOIN notification_read r ON r.event_id = n.event_id AND r.username = ?"
                + " WHERE " + audience.sql() + " ORDER BY n.recorded_at DESC, n.event_id LIMIT ?", ROW,
                args.toArray());
    }

    public void markRead(StaffUser user, String eventId) {
        jdbc.update("INSERT INTO notification_read (username, event_id, read_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", user.username(), eventId, Timestamp.from(clock.instant()));
    }

    public void markAllRead(StaffUser user) {
        Audience audience = Audience.of(user);
        if (audience == null) {
            return;
        }
        List<Object> args = new ArrayList<>();
        args.add(user.username());
        args.add(Timestamp.from(clock.instant()));
        args.addAll(audience.args());
        jdbc.update("INSERT INTO notification_read (username, event_id, read_at) SELECT ?, n.event_id, ?"
                + " FROM notification n WHERE " + audience.sql() + " ON CONFLICT DO NOTHING", args.toArray());
    }
}
