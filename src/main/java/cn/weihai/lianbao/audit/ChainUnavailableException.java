package cn.weihai.lianbao.audit;

/**
 * The hash chain cannot be verified here: the events are not in the PostgreSQL event store (Axon Server profile),
 * so there is no chain of this application's to check. Reported as such, never as "intact".
 */
public class ChainUnavailableException extends RuntimeException {
    public static final String MESSAGE_KEY = "integrity.unavailable.axonServer";

    public ChainUnavailableException() {
        super("Hash-chain verification is not available: events are stored in Axon Server");
    }
}
