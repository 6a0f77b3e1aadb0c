package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.security.SignInLockedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The login page says in Chinese why a sign-in was refused when the throttle locked it. */
class LoginLockedMessageTest extends UiTest {

    @Test
    void aLockedSignInIsExplainedWithTheMinutesToWait() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInLockedException(15));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("登录失败次数过多").contains("15 分钟");
    }

    @Test
    void aWrongPasswordKeepsTheUsualMessage() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("bad"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(i18n(_get(LoginForm.class))).doesNotContain("登录失败次数过多");
    }

    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
