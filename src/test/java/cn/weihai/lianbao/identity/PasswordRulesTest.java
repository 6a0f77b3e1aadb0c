package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.shared.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

    @ParameterizedTest
    @CsvSource({
            "water, demo, security.password.tooShort",
            "water, short1!, security.password.tooShort",
            "water, 12345678901, security.password.tooShort",
            "water, mywater-is-clean, security.password.sameAsUsername",
            "water, WATER2026spring, security.password.sameAsUsername",
            "water, password1234, security.password.common",
            "water, Password1234, security.password.common",
            "water, 123456789012, security.password.common",
            "water, aaaaaaaaaaaaaa, security.password.common",
            "water, abababababab, security.password.common"})
    void refusesWeakPasswords(String username, String password, String expected) {
        assertThat(PasswordRules.check(username, password, "password")).extracting(FieldViolation::messageKey)
                .contains(expected);
    }

    @Test
    void acceptsALongUncommonPasswordAndCountsCharactersNotBytes() {
        assertThat(PasswordRules.check("water", "海上日出-Sunrise-42", "password")).isEmpty();
        assertThat(PasswordRules.check("water", "威海联合报装一件事办理系统", "password")).isEmpty();
        assertThat(PasswordRules.check("water", "威海联合报装系统", "password")).extracting(FieldViolation::messageKey)
                .containsExactly("security.password.tooShort");
    }

    @Test
    void nullIsTooShort() {
        assertThat(PasswordRules.check("water", null, "password")).extracting(FieldViolation::field)
                .containsOnly("password");
    }
}
