package cn.weihai.lianbao.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Jackson 2 mapper Axon's JacksonSerializer uses for events, commands, queries, tokens, sagas and snapshots.
 * Axon looks it up by the bean name {@code defaultAxonObjectMapper}. Spring MVC's JSON is Jackson 3
 * and does not use this bean. Jackson 2 {@link Module} beans (e.g. how an aggregate goes into a snapshot) are added.
 */
@Configuration(proxyBeanMethods = false)
public class AxonSerializationConfiguration {

    @Bean
    ObjectMapper defaultAxonObjectMapper(ObjectProvider<Module> modules) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // stored events outlive the code: a field removed later must not break replay
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        modules.orderedStream().forEach(mapper::registerModule);
        return mapper;
    }
}
