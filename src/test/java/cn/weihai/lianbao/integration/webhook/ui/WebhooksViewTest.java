package cn.weihai.lianbao.integration.webhook.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import cn.weihai.lianbao.identity.organisation.Organisation;
import cn.weihai.lianbao.integration.webhook.WebhookDelivery;
import cn.weihai.lianbao.integration.webhook.WebhookEventType;
import cn.weihai.lianbao.integration.webhook.WebhookSubscription;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhooksViewTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAdministratorAddsASubscriptionSeesItsSecretOnceDisablesItAndResendsADelivery() {
        signIn("admin");
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-webhooks"))).hasSize(1);
        UI.getCurrent().navigate(WebhooksView.class);
        WebhooksView view = _get(WebhooksView.class);

        // nothing chosen, a URL that is not http(s): each field says what is wrong, nothing is stored
        int before = rows(view.subscriptionGrid).size();
        view.url.setValue("ftp://example.cn/hook");
        _click(view.add);
        assertThat(view.organisation.isInvalid()).isTrue();
        assertThat(view.url.isInvalid()).isTrue();
        assertThat(view.url.getErrorMessage()).contains("http://");
        assertThat(view.eventTypes.isInvalid()).isTrue();
        assertThat(view.secret.isVisible()).isFalse();
        assertThat(rows(view.subscriptionGrid)).hasSize(before);

        Organisation broadcast = view.organisation.getListDataView().getItems()
                .filter(o -> o.id().equals("broadcast")).findFirst().orElseThrow();
        view.organisation.setValue(broadcast);
        String url = "http://127.0.0.1:9/ui-test-" + System.nanoTime();
        view.url.setValue(url);
        view.eventTypes.setValue(Set.of(WebhookEventType.STEP_RECORDED, WebhookEventType.TRACK_OVERDUE));
        _click(view.add);

        assertThat(view.url.isInvalid()).isFalse();
        assertThat(view.secret.isVisible()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("webhook-secret-value"))
                .getText()).startsWith("whsec_");
        WebhookSubscription created = rows(view.subscriptionGrid).stream().filter(s -> s.url().equals(url))
                .findFirst().orElseThrow();
        assertThat(created.organisationId()).isEqualTo("broadcast");
        assertThat(created.enabled()).isTrue();
        assertThat(String.join(" ", GridKt._getFormattedRow(view.subscriptionGrid,
                rows(view.subscriptionGrid).indexOf(created)))).contains("办理环节记录", "超期");

        Button disable = (Button) GridKt._getCellComponent(view.subscriptionGrid,
                rows(view.subscriptionGrid).indexOf(created), "actions");
        assertThat(disable.getId()).hasValue("webhook-disable-" + created.id());
        _click(disable);
        assertThat(jdbc.queryForObject("SELECT enabled FROM webhook_subscription WHERE id = ?", Boolean.class,
                created.id())).isFalse();

        long deliveryId = jdbc.queryForObject("""
                INSERT INTO webhook_delivery (subscription_id, event_id, event_type, case_number, payload, status,
                                              attempts, next_attempt_at, last_status, last_error, created_at)
                VALUES (?, ?, 'TRACK_OVERDUE', 'UI-1', '{}', 'FAILED', 10, now(), 500, 'HTTP 500: broken', now())
                RETURNING id""", Long.class, created.id(), "ui-" + System.nanoTime());
        view.statusFilter.setValue(cn.weihai.lianbao.integration.webhook.DeliveryStatus.FAILED);
        List<WebhookDelivery> failed = rows(view.deliveryGrid);
        assertThat(failed).extracting(WebhookDelivery::id).contains(deliveryId);
        assertThat(failed).allMatch(d -> d.status().name().equals("FAILED"));
        assertThat(String.join(" ", GridKt._getFormattedRow(view.deliveryGrid, indexOf(failed, deliveryId))))
                .contains("失败", "10", "HTTP 500: broken");

        Button resend = (Button) GridKt._getCellComponent(view.deliveryGrid, indexOf(failed, deliveryId), "actions");
        assertThat(resend.getId()).hasValue("webhook-resend-" + deliveryId);
        _click(resend);
        assertThat(jdbc.queryForMap("SELECT status, attempts FROM webhook_delivery WHERE id = ?", deliveryId))
                .containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(rows(view.deliveryGrid)).extracting(WebhookDelivery::id).doesNotContain(deliveryId);
    }

    @Test
    void utilityStaffDoNotReachThePage() {
        signIn("water");
        assertThatThrownBy(() -> UI.getCurrent().navigate(WebhooksView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private static <T> List<T> rows(com.vaadin.flow.component.grid.Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static int indexOf(List<WebhookDelivery> rows, long id) {
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).id() == id).findFirst().orElseThrow();
    }
}
