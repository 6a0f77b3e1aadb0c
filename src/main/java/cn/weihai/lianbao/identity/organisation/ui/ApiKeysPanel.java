package cn.weihai.lianbao.identity.organisation.ui;

import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.apikey.ApiCall;
import cn.weihai.lianbao.identity.apikey.ApiKey;
import cn.weihai.lianbao.identity.apikey.ApiKeys;
import cn.weihai.lianbao.identity.apikey.IssuedApiKey;
import cn.weihai.lianbao.identity.organisation.Organisation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** One organisation's API keys: create (shown once), list, revoke, and the latest calls of a key. */
class ApiKeysPanel extends Div {
    final TextField label = new TextField(Labels.text("apikey.field.label"));
    final Button create = new Button(Labels.text("apikey.action.create"));
    final Grid<ApiKey> grid = new Grid<>(ApiKey.class, false);
    final Grid<ApiCall> calls = new Grid<>(ApiCall.class, false);
    private final H4 callsTitle = new H4();

    private final ApiKeys keys;
    private final CurrentUser currentUser;
    private final LocalizedMessages messages;
    private final Organisation organisation;

    ApiKeysPanel(ApiKeys keys, CurrentUser currentUser, LocalizedMessages messages, Organisation organisation) {
        this.keys = keys;
        this.currentUser = currentUser;
        this.messages = messages;
        this.organisation = organisation;
        setId("api-keys");

        label.setId("key-label");
        label.setMaxLength(100);
        label.setPlaceholder(Labels.text("apikey.field.labelPlaceholder"));
        create.setId("create-key");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        HorizontalLayout form = new HorizontalLayout(label, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("keys-grid");
        grid.addColumn(ApiKey::label).setHeader(Labels.text("apikey.field.label")).setAutoWidth(true);
        grid.addColumn(ApiKey::shownPrefix).setHeader(Labels.text("apikey.field.prefix")).setAutoWidth(true);
        grid.addColumn(ApiKey::createdBy).setHeader(Labels.text("apikey.field.createdBy"));
        grid.addColumn(k -> Labels.dateTime(k.createdAt())).setHeader(Labels.text("apikey.field.createdAt"));
        grid.addColumn(k -> k.lastUsedAt() == null ? Labels.text("apikey.neverUsed") : Labels.dateTime(k.lastUsedAt()))
                .setHeader(Labels.text("apikey.field.lastUsedAt"));
        grid.addColumn(k -> k.revoked() ? Labels.dateTime(k.revokedAt()) : Labels.empty())
                .setHeader(Labels.text("apikey.field.revokedAt"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(Labels.text("apikey.field.actions"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);

        calls.setId("calls-grid");
        calls.addColumn(c -> Labels.dateTime(c.calledAt())).setHeader(Labels.text("apikey.call.time")).setAutoWidth(true);
        calls.addColumn(ApiCall::method).setHeader(Labels.text("apikey.call.method")).setAutoWidth(true);
        calls.addColumn(ApiCall::path).setHeader(Labels.text("apikey.call.path")).setFlexGrow(1);
        calls.addColumn(ApiCall::status).setHeader(Labels.text("apikey.call.status")).setAutoWidth(true);
        calls.addColumn(c -> c.durationMs() + " ms").setHeader(Labels.text("apikey.call.duration")).setAutoWidth(true);
        calls.setVisible(false);
        callsTitle.setVisible(false);

        add(new H3(Labels.text("apikey.title")), new Paragraph(Labels.text("apikey.intro")), form, grid, callsTitle,
                calls);
        refresh();
    }

    void refresh() {
        grid.setItems(keys.of(organisation.id()));
    }

    void create() {
        label.setInvalid(false);
        try {
            IssuedApiKey issued = keys.issue(organisation.id(), label.getValue(), currentUser.actor());
            label.clear();
            refresh();
            new SecretDialog(issued).open();
        } catch (InvalidInputException e) {
            label.setErrorMessage(e.violations().stream()
                    .map(v -> messages.get(v.messageKey(), v.args(), getLocale())).findFirst().orElse(null));
            label.setInvalid(true);
        }
    }

    private HorizontalLayout actions(ApiKey key) {
        Button log = new Button(Labels.text("apikey.action.calls"), click -> showCalls(key));
        log.setId("calls-" + key.id());
        log.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(log);
        if (!key.revoked()) {
            Button revoke = new Button(Labels.text("apikey.action.revoke"), click -> confirmRevoke(key));
            revoke.setId("revoke-" + key.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            actions.add(revoke);
        }
        return actions;
    }

    void showCalls(ApiKey key) {
        callsTitle.setText(Labels.text("apikey.call.title", key.label(), key.shownPrefix()));
        calls.setItems(keys.calls(key.id()));
        calls.setVisible(true);
        callsTitle.setVisible(true);
    }

    private void confirmRevoke(ApiKey key) {
        Dialog confirm = new Dialog();
        confirm.setId("revoke-dialog");
        confirm.setHeaderTitle(Labels.text("apikey.revoke.title", key.label()));
        confirm.add(new Paragraph(Labels.text("apikey.revoke.text")));
        Button yes = new Button(Labels.text("apikey.action.revoke"), click -> {
            confirm.close();
            revoke(key);
        });
        yes.setId("confirm-revoke");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(Labels.text("organisation.action.cancel"), click -> confirm.close()), yes);
        confirm.open();
    }

    void revoke(ApiKey key) {
        try {
            keys.revoke(organisation.id(), key.id(), currentUser.actor());
            Notification.show(Labels.text("apikey.revoked", key.label()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuleViolationException e) {
            Notification.show(messages.get(e.messageKey(), e.args(), getLocale()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
