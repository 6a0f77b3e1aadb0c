package cn.weihai.lianbao.platform;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachedCommandTargetResolverTest {
    record Step(@TargetAggregateIdentifier String caseNumber, String note) {
    }

    record Versioned(@TargetAggregateIdentifier String caseNumber, @TargetAggregateVersion Integer version) {
    }

    static class ByMethod {
        @TargetAggregateIdentifier
        String target() {
            return "LB-2026-000009";
        }
    }

    record Untargeted(String caseNumber) {
    }

    private final CachedCommandTargetResolver resolver = new CachedCommandTargetResolver();

    private static VersionedAggregateIdentifier target(CachedCommandTargetResolver r, Object payload) {
        return r.resolveTarget(GenericCommandMessage.asCommandMessage(payload));
    }

    @Test
    void resolvesTheAnnotatedIdentifierAndVersionLikeAxon() {
        assertThat(target(resolver, new Step("LB-2026-000001", "a")))
                .isEqualTo(new VersionedAggregateIdentifier("LB-2026-000001", null));
        assertThat(target(resolver, new Step("LB-2026-000002", "b")).getIdentifier()).isEqualTo("LB-2026-000002");
        assertThat(target(resolver, new Versioned("LB-2026-000003", 7)))
                .isEqualTo(new VersionedAggregateIdentifier("LB-2026-000003", 7L));
        assertThat(target(resolver, new ByMethod()).getIdentifier()).isEqualTo("LB-2026-000009");
    }

    @Test
    void whatItCannotResolveFailsAsAxonsResolverDoes() {
        assertThatThrownBy(() -> target(resolver, new Step(null, "c")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> target(resolver, new Untargeted("LB-2026-000004")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
