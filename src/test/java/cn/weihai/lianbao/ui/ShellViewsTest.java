package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class ShellViewsTest extends UiTest {

    @Test
    void loginViewIsChineseByDefaultAndHintsAtTheDemoAccounts() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("联合报装");
        assertThat(loginFormI18n()).contains("\"submit\":\"登录\"");
        assertThat(_find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText()).contains("demo"));
    }

    @Test
    void loginViewInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(LoginView.class);

        assertThat(loginFormI18n()).contains("\"submit\":\"Sign in\"");
    }

    @Test
    void homeShowsWhoIsSignedIn() {
        signIn("supervisor");
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_get(Paragraph.class).getText()).isEqualTo("当前用户：李明（监管人员，威海市行政审批服务局）");
    }

    @Test
    void anonymousVisitorsOfHomeAreSentToLogin() {
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_find(LoginForm.class)).hasSize(1);
    }

    /** LoginForm keeps its labels in the "i18n" property of its element, as JSON. */
    private static String loginFormI18n() {
        return String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
    }
}
