package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.identity.apikey.ApiKeys;
import cn.weihai.lianbao.integration.idempotency.Idempotency;
import cn.weihai.lianbao.security.LoginCsrfFilter;
import cn.weihai.lianbao.security.LoginThrottle;
import cn.weihai.lianbao.security.SecureHeaders;
import cn.weihai.lianbao.security.ThrottledAuthenticationProvider;
import cn.weihai.lianbao.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains: the REST API ({@code /api/**}) is stateless HTTP Basic or an organisation's API key, without
 * CSRF, answers 401/403 as JSON and honours {@code Idempotency-Key} on writes once the caller is authorized;
 * everything else is the Vaadin UI with form login at {@code /login}. Both throttle sign-in failures.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiSecurityErrors errors, StaffUserDetailsService users,
                                    PasswordEncoder passwordEncoder, LoginThrottle throttle, ApiKeys apiKeys,
                                    Idempotency idempotency) throws Exception {
        SecureHeaders.apply(http);
        http.authenticationProvider(new ThrottledAuthenticationProvider(users, passwordEncoder, throttle));
        return http.securityMatcher("/api/**")
                // the applicant's self-service proves itself with case number and credit code (portal)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, errors), BasicAuthenticationFilter.class)
                .addFilterAfter(idempotency.filter(), AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, StaffUserDetailsService users, PasswordEncoder passwordEncoder,
                                   LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**").permitAll());
        SecureHeaders.apply(http);
        http.authenticationProvider(new ThrottledAuthenticationProvider(users, passwordEncoder, throttle));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.addFilterBefore(new LoginCsrfFilter("/login"), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
