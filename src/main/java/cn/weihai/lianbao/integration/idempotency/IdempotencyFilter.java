package cn.weihai.lianbao.integration.idempotency;

import cn.weihai.lianbao.platform.CachedBodyRequest;
import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiError;
import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiErrors;
import cn.weihai.lianbao.shared.LocalizedMessages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;

/**
 * {@code Idempotency-Key} on API writes (POST, PUT, PATCH, DELETE): the first request with a key runs and its answer
 * is kept; a retry with the same key and the same request gets that answer again ({@code Idempotent-Replayed: true})
 * and changes nothing. The same key with another request is refused (422), a retry while the first is still running
 * gets 409. Keys are per authenticated principal (a user, or one API key). 5xx, 401 and 403 answers are not kept,
 * so the retry runs again. Runs after authorization, so unauthenticated calls never reserve a key.
 */
public class IdempotencyFilter extends OncePerRequestFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyRecords records;
    private final LocalizedMessages messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyRecords records, LocalizedMessages messages, LocaleResolver locales, JsonMapper json) {
        this.records = records;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!valid(key)) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "idempotency.error.key", MAX_KEY_LENGTH);
            return;
        }
        String owner = owner();
        if (owner == null) { // the public self-service has no principal to scope keys by
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest readable = request;
        byte[] hash;
        if (isMultipart(request)) {
            hash = partsHash(request);
        } else {
            byte[] body = request.getInputStream().readAllBytes();
            readable = new CachedBodyRequest(request, body);
            hash = sha256().digest(body);
        }
        String method = request.getMethod();
        String path = request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        if (!records.reserve(owner, key, method, path, hash)) {
            answerFromRecord(request, response, owner, key, method, path, hash);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(readable, captured);
            int status = captured.getStatus();
            if (kept(status)) {
                records.complete(owner, key, status, captured.getContentType(), captured.getHeader(HttpHeaders.LOCATION),
                        captured.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored) {
                records.release(owner, key);
            }
        }
        captured.copyBodyToResponse();
    }

    private void answerFromRecord(HttpServletRequest request, HttpServletResponse response, String owner, String key,
                                  String method, String path, byte[] hash) throws IOException {
        StoredAnswer stored = records.find(owner, key).orElse(null);
        if (stored == null) { // released by a failed first request just now
            refuse(request, response, HttpServletResponse.SC_CONFLICT, "idempotency.error.inProgress");
        } else if (!stored.sameRequest(method, path, hash)) {
            refuse(request, response, 422, "idempotency.error.mismatch");
        } else if (stored.inProgress()) {
            refuse(request, response, HttpServletResponse.SC_CONFLICT, "idempotency.error.inProgress");
        } else {
            response.setStatus(stored.status());
            response.setHeader(REPLAYED, "true");
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            if (stored.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, stored.location());
            }
            if (stored.body() != null) {
                response.setContentLength(stored.body().length);
                response.getOutputStream().write(stored.body());
            }
        }
    }

    /**
     * Server failures and refusals of the caller (401, 403) are not kept: the retry runs again, e.g. once the
     * server is back or the permission granted. Everything else, bad input included, is the request's answer.
     */
    private static boolean kept(int status) {
        return status < 500 && status != 401 && status != 403;
    }

    /** 1–255 printable ASCII characters. */
    static boolean valid(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_KEY_LENGTH
                && key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e) && !key.isBlank();
    }

    private static String owner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    /** A multipart body is hashed part by part (name, file name, content) without consuming it for the controller. */
    private static byte[] partsHash(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        for (Part part : request.getParts()) {
            digest.update(String.valueOf(part.getName()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(part.getSubmittedFileName()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = part.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            digest.update((byte) 0);
        }
        return digest.digest();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
                        Object... args) throws IOException {
        String message = messages.get(messageKey, locales.resolveLocale(request), args);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), new ApiErrors(List.of(new ApiError(HEADER, message))));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
