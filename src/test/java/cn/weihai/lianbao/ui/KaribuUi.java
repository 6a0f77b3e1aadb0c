package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.identity.StaffUserDetailsService;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;

/**
 * Karibu-Testing on the shared Spring context: a mocked Vaadin session whose requests carry a signed-in demo
 * account, as Spring Security's form login would leave it.
 */
public final class KaribuUi {
    /** A message key shown instead of its text: I18n renders a missing key as "!key". */
    private static final Pattern RAW_KEY = Pattern.compile("![a-z]+(\\.[A-Za-z_-]+)+");
    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.weihai.lianbao");

    private KaribuUi() {
    }

    /**
     * Signs {@code username} in and opens a UI on the landing page.
     *
     * @param browserLocale what the fake browser asks for (the app starts in Chinese whatever it is)
     */
    public static void open(ApplicationContext context, String username, Locale browserLocale) {
        UserDetails user = context.getBean(StaffUserDetailsService.class).loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            request.setLocaleInt(browserLocale);
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    public static void close() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Every text on the current page, grid headers included, to look for untranslated keys. */
    public static String pageText() {
        List<String> texts = new ArrayList<>();
        texts.add(get_textRecursively(UI.getCurrent()));
        UI.getCurrent().getChildren().flatMap(KaribuUi::descendants).filter(Grid.class::isInstance)
                .map(Grid.class::cast)
                .forEach(grid -> ((Grid<?>) grid).getColumns().forEach(c -> texts.add(c.getHeaderText())));
        return String.join("\n", texts);
    }

    public static List<String> rawKeys(String text) {
        return RAW_KEY.matcher(text).results().map(r -> r.group()).toList();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(KaribuUi::descendants));
    }
}
