package cn.weihai.lianbao.notification;

import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Who receives alert e-mails (only when {@code spring.mail.host} is set): the supervisors, each utility's
 * address(es), and the window for whole-case supervision orders. {@code maxAge}: alerts recorded longer ago are
 * not mailed, so a new installation or a rebuilt processor does not mail the past.
 */
@ConfigurationProperties("lianbao.notifications.mail")
public record AlertMailProperties(String from, List<String> supervisors, Map<UtilityService, List<String>> utilities,
                                  List<String> window, Duration maxAge) {
    public AlertMailProperties {
        supervisors = supervisors == null ? List.of() : List.copyOf(supervisors);
        utilities = utilities == null ? Map.of() : Map.copyOf(utilities);
        window = window == null ? List.of() : List.copyOf(window);
        maxAge = maxAge == null ? Duration.ofDays(1) : maxAge;
    }

    /** The addresses for an alert on {@code service} (null: the window), then the supervisors. */
    List<String> recipients(UtilityService service) {
        List<String> responsible = service == null ? window : utilities.getOrDefault(service, List.of());
        return java.util.stream.Stream.concat(responsible.stream(), supervisors.stream()).distinct().toList();
    }
}
