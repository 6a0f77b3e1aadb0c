package cn.weihai.lianbao.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.io.PrintStream;

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

    record Outcome(int status, String text) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        Outcome outcome = verify();
        PrintStream out = outcome.status() == UNAVAILABLE ? System.err : System.out;
        out.print(outcome.text());
        out.flush();
        System.exit(SpringApplication.exit(context, outcome::status));
    }

    Outcome verify() {
        if (!verifier.available()) {
            return new Outcome(UNAVAILABLE, "Hash-chain verification is not available: the events are stored in Axon "
                    + "Server (append-only, hash-chained storage of its own), not in this application's PostgreSQL "
                    + "tables.\n");
        }
        ChainReport report = verifier.verifyAll();
        return new Outcome(report.intact() ? 0 : 1, ChainReportText.of(report));
    }
}
