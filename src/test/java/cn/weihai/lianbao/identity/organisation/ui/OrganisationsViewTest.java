package cn.weihai.lianbao.identity.organisation.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import cn.weihai.lianbao.identity.apikey.ApiKey;
import cn.weihai.lianbao.identity.apikey.ApiKeys;
import cn.weihai.lianbao.identity.organisation.Organisations;
import cn.weihai.lianbao.identity.organisation.OrganisationKind;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationsViewTest extends UiTest {

    @Autowired
    ApiKeys keys;

    @Autowired
    Organisations organisations;

    @Test
    void aNewKeyIsShownOnceAndRevokedFromTheList() {
        signIn("admin");
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-organisations"))).hasSize(1);
        UI.getCurrent().navigate(OrganisationsView.class);
        _get(OrganisationsView.class).select("telecom");
        assertThat(_get(Component.class, spec -> spec.withId("organisation-name")).getElement().getText())
                .isEqualTo("威海市信息通信发展办公室");

        _click(_get(Button.class, spec -> spec.withId("create-key")));
        assertThat(_get(TextField.class, spec -> spec.withId("key-label")).isInvalid()).isTrue();
        assertThat(_find(Component.class, spec -> spec.withId("secret-dialog"))).isEmpty();

        String label = "通信系统 " + UUID.randomUUID();
        _setValue(_get(TextField.class, spec -> spec.withId("key-label")), label);
        _click(_get(Button.class, spec -> spec.withId("create-key")));
        String token = _get(TextField.class, spec -> spec.withId("secret-value")).getValue();
        assertThat(token).startsWith("lbk_");
        assertThat(get_textRecursively(_get(Component.class, spec -> spec.withId("secret-dialog"))))
                .contains("只显示这一次");
        assertThat(keys.check(token).accepted()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("secret-done")));
        assertThat(_find(Component.class, spec -> spec.withId("secret-value"))).isEmpty();

        ApiKeysPanel panel = _get(ApiKeysPanel.class);
        List<ApiKey> listed = keys.of("telecom");
        ApiKey key = listed.stream().filter(k -> k.label().equals(label)).findFirst().orElseThrow();
        int row = listed.indexOf(key);
        List<String> shown = GridKt._getFormattedRow(panel.grid, row);
        assertThat(shown).contains(label, "lbk_" + key.id() + "_…", "admin", "从未使用");
        assertThat(String.join(" ", shown)).doesNotContain(token.substring(token.lastIndexOf('_') + 1));

        Component actions = GridKt._getCellComponent(panel.grid, row, "actions");
        Button revoke = (Button) actions.getChildren().filter(c -> ("revoke-" + key.id()).equals(c.getId().orElse("")))
                .findFirst().orElseThrow();
        _click(revoke);
        _click(_get(Button.class, spec -> spec.withId("confirm-revoke")));

        assertThat(keys.find("telecom", key.id()).revoked()).isTrue();
        assertThat(keys.check(token).accepted()).isFalse();
        assertThat(GridKt._getCellComponent(panel.grid, row, "actions").getChildren()
                .map(c -> c.getId().orElse(""))).doesNotContain("revoke-" + key.id());
    }

    @Test
    void anAdministratorAddsAnOrganisationWithMessagesAtTheFields() {
        signIn("admin");
        UI.getCurrent().navigate(OrganisationsView.class);
        _click(_get(Button.class, spec -> spec.withId("add-organisation")));
        OrganisationDialog dialog = _get(OrganisationDialog.class);
        _setValue(dialog.id, "Bad Id");
        _setValue(dialog.kind, OrganisationKind.UTILITY);
        assertThat(dialog.utility.isVisible()).isTrue();
        assertThat(dialog.department.isVisible()).isFalse();
        _click(dialog.save);
        assertThat(dialog.id.isInvalid()).isTrue();
        assertThat(dialog.id.getErrorMessage()).contains("小写字母");
        assertThat(dialog.name.getErrorMessage()).isEqualTo("必填");
        assertThat(((Select<?>) dialog.utility).getErrorMessage()).isEqualTo("市政公用企业须选择其报装事项");

        String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
        _setValue(dialog.id, id);
        _setValue(dialog.name, "测试审批部门 " + id);
        _setValue(dialog.kind, OrganisationKind.SERVICE_CENTRE);
        _click(dialog.save);
        assertThat(organisations.find(id)).hasValueSatisfying(o -> {
            assertThat(o.kind()).isEqualTo(OrganisationKind.SERVICE_CENTRE);
            assertThat(o.enabled()).isTrue();
        });
        assertThat(_get(Component.class, spec -> spec.withId("organisation-name")).getElement().getText())
                .isEqualTo("测试审批部门 " + id);

        _click(_get(Button.class, spec -> spec.withId("toggle-organisation")));
        assertThat(organisations.find(id).orElseThrow().enabled()).isFalse();
    }

    @Test
    void othersDoNotReachThePage() {
        signIn("supervisor");
        assertThatThrownBy(() -> UI.getCurrent().navigate(OrganisationsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
