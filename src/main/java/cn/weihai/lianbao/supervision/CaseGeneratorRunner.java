package cn.weihai.lianbao.supervision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --lianbao.generate-cases=N}: once the application is up, generates N cases accepted over the past
 * {@code lianbao.generate-cases-days} days (default 300) in the background; the screens work meanwhile.
 */
@Component
@ConditionalOnProperty("lianbao.generate-cases")
class CaseGeneratorRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CaseGeneratorRunner.class);

    private final CaseGenerator generator;
    private final int count;
    private final int days;

    CaseGeneratorRunner(CaseGenerator generator, @Value("${lianbao.generate-cases}") int count,
                        @Value("${lianbao.generate-cases-days:300}") int days) {
        this.generator = generator;
        this.count = count;
        this.days = days;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofPlatform().name("case-generator").start(() -> {
            long started = System.nanoTime();
            generator.generate(count, days, System.currentTimeMillis());
            LOG.info("generated {} cases in {} s", count, (System.nanoTime() - started) / 1_000_000_000);
        });
    }
}
