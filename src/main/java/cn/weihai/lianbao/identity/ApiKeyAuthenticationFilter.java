package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.identity.apikey.ApiKeys;
import cn.weihai.lianbao.identity.apikey.KeyCheck;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Authenticates {@code /api/**} calls carrying an organisation's API key ({@code X-Api-Key: lbk_…} or
 * {@code Authorization: Bearer lbk_…}) as a {@link StaffUserDetails} of that organisation, so the API's permission
 * checks and recorded actors work as for a signed-in staff member. Every call with a known key is logged.
 * Calls without a key pass on to HTTP Basic.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
    static final String HEADER = "X-Api-Key";
    private static final String BEARER = "Bearer ";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);

    private final ApiKeys keys;
    private final ApiSecurityErrors errors;

    ApiKeyAuthenticationFilter(ApiKeys keys, ApiSecurityErrors errors) {
        this.keys = keys;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedKey(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        KeyCheck check = keys.check(presented);
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            if (!check.accepted()) {
                SecurityContextHolder.clearContext();
                errors.refuseApiKey(request, response);
            } else {
                StaffUserDetails details = new StaffUserDetails(check.user(), null, true);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
                SecurityContextHolder.setContext(context);
                chain.doFilter(request, response);
            }
            status = response.getStatus();
        } finally {
            if (check.keyId() != null) {
                audit(check, request, status, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private void audit(KeyCheck check, HttpServletRequest request, int status, long millis) {
        try {
            keys.logCall(check.keyId(), check.organisationId(), request.getMethod(), request.getRequestURI(), status,
                    millis);
        } catch (DataAccessException e) {
            log.warn("Could not log the API call of key {}", check.keyId(), e);
        }
    }

    /** The key from X-Api-Key, else from a Bearer authorization; null when the call carries none. */
    private static String presentedKey(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        return null;
    }
}
