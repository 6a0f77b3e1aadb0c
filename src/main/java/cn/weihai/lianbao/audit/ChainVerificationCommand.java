package cn.weihai.lianbao.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --lianbao.verify-chains} on the command line: verify every chain, print the report and exit, with status 1
 * when any chain is broken (for cron jobs and monitoring), 0 when all are intact, 2 when there is no chain to verify
 * (Axon Server profile).
 */
@Component
class ChainVerificationCommand implements ApplicationRunner {
    static final String OPTION = "lianbao.verify-chains";
    /** Neither intact (0) nor broken (1): a cron job must not read it as either. */
    static final int UNAVAILABLE = 2;

    private final ChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    ChainVerificationCommand(ChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        if (!verifier.available()) {
            System.err.println("Hash-chain verification is not available: the events are stored in Axon Server "
                    + "(append-only, hash-chained storage of its own), not in this application's PostgreSQL tables.");
            System.exit(SpringApplication.exit(context, () -> UNAVAILABLE));
        }
        ChainReport report = verifier.verifyAll();
        System.out.print(ChainReportText.of(report));
        System.out.flush();
        int status = SpringApplication.exit(context, () -> report.intact() ? 0 : 1);
        System.exit(status);
    }
}
