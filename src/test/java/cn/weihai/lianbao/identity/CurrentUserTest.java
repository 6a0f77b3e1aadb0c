package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrentUserTest extends IntegrationTest {

    @Autowired
    CurrentUser currentUser;

    @Autowired
    StaffUserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void actorOfTheSignedInUser() {
        StaffUserDetails water = users.loadUserByUsername("water");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(water, null, water.getAuthorities()));

        assertThat(currentUser.actor())
                .isEqualTo(new Actor("water", "孙涛", Role.UTILITY_STAFF, "威海市水务集团有限公司"));
        assertThat(water.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_UTILITY_STAFF");
    }

    @Test
    void nobodySignedIn() {
        assertThat(currentUser.get()).isEmpty();
        assertThatThrownBy(currentUser::actor).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void everyDemoAccountExistsOnTheEmbeddedDatabase() {
        assertThat(DemoAccounts.ACCOUNTS).allSatisfy(account ->
                assertThat(users.find(account.username())).contains(account));
    }
}
