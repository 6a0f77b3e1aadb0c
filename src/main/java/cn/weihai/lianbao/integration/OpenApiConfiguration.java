package cn.weihai.lianbao.integration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OpenAPI description of the REST API ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}).
 * It is public: integrating systems read it before they have an account; the API itself needs HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
    private static final String BASIC = "basicAuth";
    private static final String API_KEY = "apiKey";
    private static final String BEARER = "bearerApiKey";

    @Bean
    OpenAPI lianbaoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("联合报装 REST API").version("v1")
                        .description("水电气暖网等联合报装“一件事”：受理、各市政公用企业办理环节、外线工程联合审批、办理记录。"
                                + "错误统一为 {\"errors\":[{\"field\",\"message\"}]}；Accept-Language: en 返回英文提示。"
                                + "身份：HTTP Basic，或机构接口密钥（X-Api-Key: lbk_… 或 Authorization: Bearer lbk_…）。"
                                + "写操作可带 Idempotency-Key 请求头：同键重试返回首次应答（Idempotent-Replayed: true），"
                                + "不重复执行；同键不同请求 422。"))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Ahead of the UI chain, which would otherwise send these pages to the login form. */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
