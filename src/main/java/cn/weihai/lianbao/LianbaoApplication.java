package cn.weihai.lianbao;

import org.springframework.boot.SpringApplication;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

@SpringBootApplication
@EnableConfigurationProperties(TimeLimitPolicy.class)
public class LianbaoApplication {
    /** Business dates are Weihai's dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        SpringApplication.run(LianbaoApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
