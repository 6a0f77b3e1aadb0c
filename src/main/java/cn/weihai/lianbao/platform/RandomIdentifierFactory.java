package cn.weihai.lianbao.platform;

import org.axonframework.common.IdentifierFactory;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Axon's message and event identifiers (loaded by Axon through {@code META-INF/services}): random version-4 UUIDs
 * like Axon's default, drawn from a per-thread generator seeded once from {@link SecureRandom} instead of asking
 * the shared SecureRandom (a lock and a read of the OS entropy pool) for each of the several identifiers every
 * command and every handled event creates. Identifiers must be unique, not unpredictable.
 */
public final class RandomIdentifierFactory extends IdentifierFactory {
    private static final SecureRandom SEEDS = new SecureRandom();
    private static final ThreadLocal<SplittableRandom> RANDOM =
            ThreadLocal.withInitial(() -> new SplittableRandom(SEEDS.nextLong()));

    @Override
    public String generateIdentifier() {
        SplittableRandom random = RANDOM.get();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }
}
