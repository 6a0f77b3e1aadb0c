package cn.weihai.lianbao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Vaadin's security configurer exempts the login form's POST from Spring Security's CSRF check, yet Vaadin's
 * login form does send the token (from the page's {@code _csrf} meta tags). This puts the check back, so a
 * cross-site page cannot sign a victim's browser into an account of the attacker's choosing (login CSRF).
 */
public class LoginCsrfFilter extends OncePerRequestFilter {
    private final String loginPath;
    private final CsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    public LoginCsrfFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken expected = tokens.loadToken(request);
        String sent = expected == null ? null : masked.resolveCsrfTokenValue(request, expected);
        if (expected == null || sent == null || !expected.getToken().equals(sent)) {
            // back to a fresh login page (with a new token) rather than an error page: a real user whose session,
            // and with it the token, timed out simply signs in again
            response.sendRedirect(request.getContextPath() + loginPath);
            return;
        }
        chain.doFilter(request, response);
    }
}
