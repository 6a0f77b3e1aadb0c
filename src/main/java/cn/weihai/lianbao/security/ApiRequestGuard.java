package cn.weihai.lianbao.security;

import cn.weihai.lianbao.platform.CachedBodyRequest;
import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiError;
import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiErrors;
import cn.weihai.lianbao.shared.LocalizedMessages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Before anything else reads an {@code /api/**} request: a body larger than {@code lianbao.api.max-body-size}
 * is a 413, and a NUL character (raw, {@code \u0000} in JSON, or {@code %00} in the query) is a 400. PostgreSQL
 * cannot store NUL in text, so without this it would surface as a database error (500) or, worse, as an event no
 * projection can store. The body is small enough then to be kept in memory for the controllers.
 */
public class ApiRequestGuard extends OncePerRequestFilter {
    private final long maxBody;
    private final LocalizedMessages messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public ApiRequestGuard(@Value("${lianbao.api.max-body-size:1MB}") DataSize maxBody, LocalizedMessages messages,
                           LocaleResolver locales, JsonMapper json) {
        this.maxBody = maxBody.toBytes();
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBody) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "security.api.tooLarge");
            return;
        }
        String query = request.getQueryString();
        if (query != null && decodedHasNul(query)) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "security.text.nul");
            return;
        }
        if (!json(request.getContentType())) {
            chain.doFilter(request, response); // uploads and other media types have limits of their own
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        if (body.length > maxBody) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "security.api.tooLarge");
            return;
        }
        if (hasNul(body)) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "security.text.nul");
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private static boolean json(String contentType) {
        return contentType == null || contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    private static boolean decodedHasNul(String query) {
        try {
            return URLDecoder.decode(query, StandardCharsets.UTF_8).indexOf('\0') >= 0;
        } catch (IllegalArgumentException malformed) {
            return query.contains("%00");
        }
    }

    /** A raw NUL byte, or the JSON escape {@code \u0000} (not an escaped backslash followed by "u0000"). */
    static boolean hasNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == '\\' && i + 5 < body.length && (body[i + 1] == 'u' || body[i + 1] == 'U')
                    && body[i + 2] == '0' && body[i + 3] == '0' && body[i + 4] == '0' && body[i + 5] == '0') {
                int backslashes = 0;
                for (int j = i; j >= 0 && body[j] == '\\'; j--) {
                    backslashes++;
                }
                if (backslashes % 2 == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        String message = messages.get(key, locales.resolveLocale(request), maxBody / 1024);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader("Connection", "close");
        json.writeValue(response.getOutputStream(), new ApiErrors(List.of(new ApiError(null, message))));
    }
}
