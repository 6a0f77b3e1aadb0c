package cn.weihai.lianbao.integration;

import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiErrors;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;
import java.util.Map;

/**
 * The OpenAPI description of the REST API ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}).
 * It is public: integrating systems read it before they have an account; the API itself needs HTTP Basic or an
 * organisation's API key.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
    static final String BASIC = "basicAuth";
    static final String API_KEY = "apiKey";
    static final String BEARER = "bearerApiKey";
    static final String ERRORS = "ApiErrors";
    /** Paths any caller may use without signing in (进度查询 of the applicant portal). */
    static final String PUBLIC_PREFIX = "/api/v1/public/";

    @Bean
    OpenAPI lianbaoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("联合报装 REST API").version("v1")
                        .description("水电气暖网等联合报装“一件事”：受理、各市政公用企业办理环节、外线工程联合审批、办理记录、"
                                + "历史数据导入。错误统一为 {\"errors\":[{\"field\",\"message\"}]}：400 输入有误（逐项列出）、"
                                + "401 未登录、403 无权限、404 不存在、409 与当前状态冲突；Accept-Language: en 返回英文提示。"
                                + "身份：HTTP Basic，或机构接口密钥（X-Api-Key: lbk_… 或 Authorization: Bearer lbk_…）。"
                                + "写操作可带 Idempotency-Key 请求头：同键重试返回首次应答（Idempotent-Replayed: true），"
                                + "不重复执行；同键不同请求 422。"))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("工作人员账号（HTTP Basic）"))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("单位的 API 密钥 lbk_…（对接系统）"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("lbk_…")
                                .description("同一 API 密钥，放在 Authorization: Bearer lbk_…")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Every operation answers the API's errors: the {@code ApiErrors} schema and the statuses that can happen to
     * it are added where the operation does not describe them itself, so no endpoint has to repeat them.
     */
    @Bean
    GlobalOpenApiCustomizer standardErrorResponses() {
        return openApi -> {
            Map<String, Schema> schemas = ModelConverters.getInstance().readAll(ApiErrors.class);
            schemas.forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    addErrors(path, method, operation)));
        };
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        boolean isPublic = path.startsWith(PUBLIC_PREFIX);
        if (isPublic) {
            operation.setSecurity(List.of());
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        error(responses, "400", "输入有误：每个有误的字段一项（field 为其路径）");
        error(responses, "401", isPublic ? "核对不符" : "未登录或凭据无效");
        if (!isPublic) {
            error(responses, "403", "无权进行此操作");
        }
        if (path.contains("{")) {
            error(responses, "404", "不存在（如未知的案件编号）");
        }
        if (method != PathItem.HttpMethod.GET) {
            error(responses, "409", "与当前状态冲突（如环节不符合报装事项的状态）");
        }
    }

    private static void error(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(ERRORS)))));
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
