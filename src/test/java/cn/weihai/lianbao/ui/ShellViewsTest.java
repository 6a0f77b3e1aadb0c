package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
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
    void theFrameShowsWhoIsSignedIn() {
        signIn("supervisor");
        UI.getCurrent().navigate(CaseListView.class);

        assertThat(get_textRecursively(_get(Div.class, spec -> spec.withId("current-user"))))
                .isEqualTo("李明监管人员威海市行政审批服务局");
    }

    @Test
    void anonymousVisitorsOfTheCaseListAreSentToLogin() {
        UI.getCurrent().navigate(CaseListView.class);

        assertThat(_find(LoginForm.class)).hasSize(1);
        assertThat(_find(CaseListView.class)).isEmpty();
    }

    /** LoginForm keeps its labels in the "i18n" property of its element, as JSON. */
    private static String loginFormI18n() {
        return String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
    }
}
