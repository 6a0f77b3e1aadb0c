package cn.weihai.lianbao.identity.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** 修改密码 from the top bar: the rules' messages at the fields, the new hash stored only when all is right. */
class PasswordDialogTest extends UiTest {
    static final String STRONG = "海上日出-Sunrise-42";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aSignedInUserChangesTheirPasswordByTheRules() {
        String user = "pwdialog-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, role, organisation) "
                + "VALUES (?, ?, '测试', 'CLERK', '测试单位')", user, encoder.encode(STRONG));
        signIn(user);
        UI.getCurrent().navigate(CaseListView.class);

        _click(_get(Button.class, spec -> spec.withId("change-password")));
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("password-current"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("password-new"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("password-repeat"));
        _setValue(current, STRONG);
        _setValue(password, "short");
        _setValue(repeat, "short");
        _click(_get(Button.class, spec -> spec.withId("password-save")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("密码至少需要 12 个字符");
        assertThat(current.isInvalid()).isFalse();
        assertThat(hash(user)).satisfies(h -> assertThat(encoder.matches(STRONG, h)).isTrue());

        _setValue(password, "新的-Strong-Pass-8");
        _setValue(repeat, "新的-Strong-Pass-8");
        _click(_get(Button.class, spec -> spec.withId("password-save")));

        assertThat(_find(PasswordField.class, spec -> spec.withId("password-new"))).isEmpty();
        assertThat(encoder.matches("新的-Strong-Pass-8", hash(user))).isTrue();
    }

    private String hash(String user) {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, user);
    }
}
