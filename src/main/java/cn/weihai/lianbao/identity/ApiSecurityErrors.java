package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.security.SignInLockedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 401 and 403 on {@code /api/**} in the API's error shape {@code {"errors":[{"field":null,"message":"…"}]}},
 * instead of a login page or a browser Basic-auth prompt.
 */
@Component
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    record ErrorItem(String field, String message) {
    }

    record ErrorBody(List<ErrorItem> errors) {
    }

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiSecurityErrors(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInLockedException locked) {
            write(request, response, 429, "security.login.locked", locked.minutes());
            return;
        }
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.error.forbidden");
    }

    /** The presented API key is unknown, malformed, revoked, or its organisation is disabled. */
    void refuseApiKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.apiKeyRefused");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
                       Object... args) throws IOException {
        String message = messages.getMessage(messageKey, args, locales.resolveLocale(request));
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), new ErrorBody(List.of(new ErrorItem(null, message))));
    }
}
