package cn.weihai.lianbao.security;

import cn.weihai.lianbao.shared.LocalizedMessages;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** The request guard of the API (before authentication, so a huge body costs nothing) and the NUL guard of commands. */
@Configuration(proxyBeanMethods = false)
class HardeningConfiguration {

    @Bean
    FilterRegistrationBean<ApiRequestGuard> apiRequestGuard(@Value("${lianbao.api.max-body-size:1MB}") DataSize max,
                                                            LocalizedMessages messages, LocaleResolver locales,
                                                            JsonMapper json) {
        FilterRegistrationBean<ApiRequestGuard> registration =
                new FilterRegistrationBean<>(new ApiRequestGuard(max, messages, locales, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecureHeadersFilter> secureHeaders() {
        FilterRegistrationBean<SecureHeadersFilter> registration = new FilterRegistrationBean<>(new SecureHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Autowired
    void guardCommands(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new NulTextGuard());
    }
}
