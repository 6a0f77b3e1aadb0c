package cn.weihai.lianbao.security;

import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiError;
import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiErrors;
import cn.weihai.lianbao.shared.LocalizedMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An address Spring Security's firewall refuses (encoded ; % / \, "..", NUL): 400, as JSON on the API, instead of
 * the error page that would send the caller to the login.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {
    private final LocalizedMessages messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    RejectedRequests(LocalizedMessages messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        String message = messages.get("security.request.rejected", locales.resolveLocale(request));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(), new ApiErrors(List.of(new ApiError(null, message))));
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(message);
        }
    }
}
