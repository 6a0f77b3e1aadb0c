package cn.weihai.lianbao.platform;

import org.springframework.core.env.PropertyResolver;

/**
 * Where the events live: the JDBC event store in PostgreSQL (the default), or Axon Server under the
 * {@code axonserver} profile. Components that read the event store's tables directly (the hash-chain verification)
 * are only meaningful on {@link #POSTGRESQL}; everything else goes through Axon's {@code EventStore} and works on both.
 */
public enum EventStoreLocation {
    POSTGRESQL,
    AXON_SERVER;

    static final String PROPERTY = "axon.axonserver.enabled";

    /** Axon's own rule: the connector is on unless {@code axon.axonserver.enabled=false}. */
    public static EventStoreLocation of(PropertyResolver properties) {
        return properties.getProperty(PROPERTY, Boolean.class, true) ? AXON_SERVER : POSTGRESQL;
    }

    public boolean tableReadable() {
        return this == POSTGRESQL;
    }
}
