package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** Placeholder landing page after login: who is signed in. To be replaced by the case list. */
@Route("")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, AuthenticationContext authentication) {
        addClassName("home-view");
        add(new H1(getTranslation("app.title")));
        currentUser.get().ifPresent(user -> add(new Paragraph(signedInAs(user))));
        add(new Button(getTranslation("home.logout"), click -> authentication.logout()));
    }

    private String signedInAs(StaffUser user) {
        return getTranslation("home.signed-in-as", user.displayName(),
                getTranslation("role." + user.role().name()), user.organisation());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
