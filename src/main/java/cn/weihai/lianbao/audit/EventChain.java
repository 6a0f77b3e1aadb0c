package cn.weihai.lianbao.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The hash chain over each aggregate's events: {@code hash = HMAC-SHA256(key, canonical form of the stored row and
 * prevHash)}. Keyed, not a plain SHA-256: whoever can edit rows in the database could otherwise recompute every
 * hash after the edit and the chain would prove nothing; without the key (kept in the application's configuration,
 * not in the database) a forged row cannot carry a valid hash.
 * <p>
 * The canonical form is every chained field length-prefixed (4 bytes, big-endian) so no two different rows encode
 * alike; the payload is hashed as the exact bytes stored in {@code DomainEventEntry.payload} and the timestamp as the
 * exact text stored in {@code timeStamp}.
 */
@Component
public class EventChain {
    /** Metadata keys carried by every chained event. */
    public static final String HASH = "hash";
    public static final String PREV_HASH = "prevHash";
    /** The prevHash of an aggregate's first chained event. */
    public static final String GENESIS = "";
    static final String DEV_KEY = "lianbao-dev-chain-key-change-me";

    private static final Logger log = LoggerFactory.getLogger(EventChain.class);

    private final SecretKeySpec key;
    /** A keyed Mac per thread: looking the algorithm up and keying it for every event costs more than hashing. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public EventChain(@Value("${lianbao.audit.chain-key:" + DEV_KEY + "}") String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("lianbao.audit.chain-key must not be blank");
        }
        if (DEV_KEY.equals(key)) {
            log.warn("Event hash chain uses the development key: set lianbao.audit.chain-key (env "
                    + "LIANBAO_AUDIT_CHAIN_KEY) to a secret in production");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** One stored event row as the chain sees it. */
    public record Link(String aggregateId, long sequence, String eventId, String aggregateType, String payloadType,
                       String payloadRevision, byte[] payload, String timestamp, String prevHash) {
    }

    public String hash(Link link) {
        Mac mac = macs.get();
        mac.reset();
        field(mac, link.aggregateId());
        field(mac, Long.toString(link.sequence()));
        field(mac, link.eventId());
        field(mac, link.aggregateType());
        field(mac, link.payloadType());
        field(mac, link.payloadRevision());
        field(mac, link.payload());
        field(mac, link.timestamp());
        field(mac, link.prevHash());
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Compares in constant time, so a verification endpoint does not leak how much of a hash matched. */
    public static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static void field(Mac mac, String value) {
        field(mac, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(Mac mac, byte[] value) {
        // -1 for null keeps null and "" apart
        mac.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            mac.update(value);
        }
    }
}
