package cn.weihai.lianbao.platform;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RandomIdentifierFactoryTest {
    @Test
    void axonUsesItAndItGivesDistinctVersion4Uuids() {
        IdentifierFactory factory = IdentifierFactory.getInstance();
        assertThat(factory).isInstanceOf(RandomIdentifierFactory.class);

        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 200_000).parallel().forEach(i -> seen.add(factory.generateIdentifier()));
        assertThat(seen).hasSize(200_000);
        Set<Integer> versions = new HashSet<>();
        Set<Integer> variants = new HashSet<>();
        seen.stream().limit(1000).map(UUID::fromString).forEach(u -> {
            versions.add(u.version());
            variants.add(u.variant());
        });
        assertThat(versions).containsExactly(4);
        assertThat(variants).containsExactly(2);
    }
}
