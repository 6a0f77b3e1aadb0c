package cn.weihai.lianbao.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Jackson 2 mapper Axon's JacksonSerializer uses for events, commands, queries, tokens and sagas.
 * Axon looks it up by the bean name {@code defaultAxonObjectMapper}. Spring MVC's JSON is Jackson 3
 * and does not use this bean.
 */
@Configuration(proxyBeanMethods = false)
public class AxonSerializationConfiguration {

    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // stored events outlive the code: a field removed later must not break replay
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
