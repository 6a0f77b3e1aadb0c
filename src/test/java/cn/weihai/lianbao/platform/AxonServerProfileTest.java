package cn.weihai.lianbao.platform;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code axonserver} profile's properties as Spring Boot resolves them (profile file over application.properties,
 * placeholders from the environment), bound to Axon's own {@link AxonServerConfiguration}. No server needed.
 */
class AxonServerProfileTest {

    @Test
    void theProfileConnectsToTheLianbaoContextWithTheOperatorsServersTokenAndTls() throws IOException {
        StandardEnvironment env = environment(true, Map.of(
                "AXONSERVER_SERVERS", "as1.internal:8124,as2.internal:8124,as3.internal:8124",
                "AXONSERVER_TOKEN", "app-token-123",
                "AXONSERVER_SSL_ENABLED", "true",
                "AXONSERVER_CERT_FILE", "/etc/lianbao/axonserver-ca.pem",
                "HOSTNAME", "lianbao-node-2"));

        AxonServerConfiguration axon = bind(env);

        assertThat(axon.isEnabled()).isTrue();
        assertThat(axon.getServers()).isEqualTo("as1.internal:8124,as2.internal:8124,as3.internal:8124");
        assertThat(axon.getContext()).isEqualTo("lianbao");
        assertThat(axon.getToken()).isEqualTo("app-token-123");
        assertThat(axon.isSslEnabled()).isTrue();
        assertThat(axon.getCertFile()).isEqualTo("/etc/lianbao/axonserver-ca.pem");
        assertThat(axon.getClientId()).isEqualTo("lianbao-node-2");
        assertThat(axon.getComponentName()).isEqualTo("lianbao");
        assertThat(EventStoreLocation.of(env)).isEqualTo(EventStoreLocation.AXON_SERVER);
    }

    @Test
    void withoutEnvironmentItTargetsALocalServerInPlainTextWithoutAToken() throws IOException {
        StandardEnvironment env = environment(true, Map.of());

        AxonServerConfiguration axon = bind(env);

        assertThat(axon.getServers()).isEqualTo("localhost:8124");
        assertThat(axon.getContext()).isEqualTo("lianbao");
        assertThat(axon.getToken()).isEmpty();
        assertThat(axon.isSslEnabled()).isFalse();
        assertThat(axon.getConnectTimeout()).isEqualTo(10_000);
    }

    @Test
    void withoutTheProfileEventsStayInPostgresql() throws IOException {
        StandardEnvironment env = environment(false, Map.of("AXONSERVER_SERVERS", "as1.internal:8124"));

        assertThat(bind(env).isEnabled()).isFalse();
        assertThat(EventStoreLocation.of(env)).isEqualTo(EventStoreLocation.POSTGRESQL);
        assertThat(EventStoreLocation.POSTGRESQL.tableReadable()).isTrue();
        assertThat(EventStoreLocation.AXON_SERVER.tableReadable()).isFalse();
    }

    @Test
    void axonsDefaultIsTheServerSoOnlyAnExplicitFalseMeansPostgresql() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("none", Map.of()));
        // application.properties must keep axon.axonserver.enabled=false for the single-node default
        assertThat(EventStoreLocation.of(env)).isEqualTo(EventStoreLocation.AXON_SERVER);
    }

    /** Same precedence as Spring Boot: environment, then the profile file, then application.properties. */
    private static StandardEnvironment environment(boolean profile, Map<String, Object> variables) throws IOException {
        StandardEnvironment env = new StandardEnvironment();
        var sources = env.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addLast(new MapPropertySource("variables", variables));
        PropertiesPropertySourceLoader loader = new PropertiesPropertySourceLoader();
        if (profile) {
            loader.load("profile", new ClassPathResource("application-axonserver.properties")).forEach(sources::addLast);
        }
        loader.load("application", new ClassPathResource("application.properties")).forEach(sources::addLast);
        return env;
    }

    private static AxonServerConfiguration bind(StandardEnvironment env) {
        return Binder.get(env).bind("axon.axonserver", Bindable.ofInstance(new AxonServerConfiguration()))
                .orElseThrow(() -> new AssertionError("nothing bound"));
    }
}
