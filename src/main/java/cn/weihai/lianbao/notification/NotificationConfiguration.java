package cn.weihai.lianbao.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The alert e-mail recipients from {@code lianbao.notifications.mail.*}. */
@Configuration
@EnableConfigurationProperties(AlertMailProperties.class)
class NotificationConfiguration {
}
