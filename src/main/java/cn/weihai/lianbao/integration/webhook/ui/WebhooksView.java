package cn.weihai.lianbao.integration.webhook.ui;

import cn.weihai.lianbao.identity.organisation.Organisation;
import cn.weihai.lianbao.identity.organisation.Organisations;
import cn.weihai.lianbao.integration.webhook.DeliveryStatus;
import cn.weihai.lianbao.integration.webhook.WebhookAccess;
import cn.weihai.lianbao.integration.webhook.WebhookDeliveries;
import cn.weihai.lianbao.integration.webhook.WebhookDeliveries.Filter;
import cn.weihai.lianbao.integration.webhook.WebhookDelivery;
import cn.weihai.lianbao.integration.webhook.WebhookEventType;
import cn.weihai.lianbao.integration.webhook.WebhookSubscription;
import cn.weihai.lianbao.integration.webhook.WebhookSubscription.CreatedSubscription;
import cn.weihai.lianbao.integration.webhook.WebhookSubscriptions;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Webhooks (administrators): each organisation's subscriptions (add with URL and event types, the secret shown once;
 * disable) and the deliveries with their tries, filterable, each re-sendable.
 */
@Route(value = "webhooks", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {
    static final int DELIVERY_ROWS = 200;

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookAccess access;
    private final LocalizedMessages messages;
    private final Map<String, Organisation> organisations;

    final ComboBox<Organisation> organisation = new ComboBox<>();
    final TextField url = new TextField();
    final CheckboxGroup<WebhookEventType> eventTypes = new CheckboxGroup<>();
    final Button add = new Button();
    final Div secret = new Div();
    final Grid<WebhookSubscription> subscriptionGrid = new Grid<>();
    final Select<DeliveryStatus> statusFilter = new Select<>();
    final ComboBox<Organisation> organisationFilter = new ComboBox<>();
    final Select<WebhookEventType> typeFilter = new Select<>();
    final Grid<WebhookDelivery> deliveryGrid = new Grid<>();

    public WebhooksView(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, WebhookAccess access,
                        LocalizedMessages messages, Organisations organisations) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.access = access;
        this.messages = messages;
        this.organisations = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        addClassName("lb-page");
        setId("webhooks-view");
        add(new H2(Labels.text("webhooks.title")), new Paragraph(Labels.text("webhooks.intro")));
        add(new H3(Labels.text("webhooks.subscriptions.title")), form(), secret, subscriptionGrid());
        add(new H3(Labels.text("webhooks.deliveries.title")), filters(), deliveryGrid());
        refresh();
    }

    private Div form() {
        List<Organisation> all = List.copyOf(organisations.values());
        organisation.setId("webhook-organisation");
        organisation.setLabel(Labels.text("webhooks.field.organisation"));
        organisation.setItems(all);
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setWidth("24em");
        url.setId("webhook-url");
        url.setLabel(Labels.text("webhooks.field.url"));
        url.setPlaceholder("https://");
        url.setWidth("32em");
        eventTypes.setId("webhook-event-types");
        eventTypes.setLabel(Labels.text("webhooks.field.eventTypes"));
        eventTypes.setItems(WebhookEventType.values());
        eventTypes.setItemLabelGenerator(Labels::of);
        add.setText(Labels.text("webhooks.action.add"));
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> create());
        secret.setId("webhook-secret");
        secret.setVisible(false);
        Div form = new Div(new HorizontalLayout(organisation, url), eventTypes, add);
        form.addClassName("lb-form");
        return form;
    }

    void create() {
        organisation.setInvalid(false);
        url.setInvalid(false);
        eventTypes.setInvalid(false);
        secret.setVisible(false);
        try {
            CreatedSubscription created = subscriptions.create(
                    organisation.getValue() == null ? null : organisation.getValue().id(), url.getValue(),
                    eventTypes.getValue(), access.user().username());
            secret.removeAll();
            Span value = new Span(created.secret());
            value.setId("webhook-secret-value");
            value.addClassName("lb-secret");
            secret.add(new Paragraph(Labels.text("webhooks.secret.shownOnce")), value);
            secret.setVisible(true);
            url.clear();
            eventTypes.clear();
            refresh();
        } catch (InvalidInputException e) {
            for (FieldViolation v : e.violations()) {
                String message = messages.get(v.messageKey(), v.args(), getLocale());
                switch (v.field() == null ? "" : v.field()) {
                    case "organisationId" -> {
                        organisation.setErrorMessage(message);
                        organisation.setInvalid(true);
                    }
                    case "url" -> {
                        url.setErrorMessage(message);
                        url.setInvalid(true);
                    }
                    default -> {
                        eventTypes.setErrorMessage(message);
                        eventTypes.setInvalid(true);
                    }
                }
            }
        }
    }

    private Grid<WebhookSubscription> subscriptionGrid() {
        subscriptionGrid.setId("webhook-subscriptions");
        subscriptionGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        subscriptionGrid.setAllRowsVisible(true);
        subscriptionGrid.addColumn(WebhookSubscription::id).setKey("id").setHeader(Labels.text("webhooks.column.id"))
                .setAutoWidth(true);
        subscriptionGrid.addColumn(s -> organisationName(s.organisationId())).setKey("organisation")
                .setHeader(Labels.text("webhooks.field.organisation"));
        subscriptionGrid.addColumn(WebhookSubscription::url).setKey("url").setHeader(Labels.text("webhooks.field.url"));
        subscriptionGrid.addColumn(s -> Labels.of(s.eventTypes())).setKey("types")
                .setHeader(Labels.text("webhooks.field.eventTypes"));
        subscriptionGrid.addColumn(s -> Labels.text(s.enabled() ? "webhooks.enabled" : "webhooks.disabled"))
                .setKey("enabled").setHeader(Labels.text("webhooks.column.state"));
        subscriptionGrid.addColumn(s -> s.createdBy() + " " + Labels.dateTime(s.createdAt())).setKey("created")
                .setHeader(Labels.text("webhooks.column.created"));
        subscriptionGrid.addComponentColumn(s -> {
            Button disable = new Button(Labels.text("webhooks.action.disable"), click -> {
                subscriptions.setEnabled(s.id(), false);
                refresh();
            });
            disable.setId("webhook-disable-" + s.id());
            disable.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            disable.setEnabled(s.enabled());
            return disable;
        }).setKey("actions");
        return subscriptionGrid;
    }

    private HorizontalLayout filters() {
        statusFilter.setId("delivery-status-filter");
        statusFilter.setLabel(Labels.text("webhooks.column.status"));
        statusFilter.setItems(DeliveryStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(Labels.text("webhooks.filter.all"));
        statusFilter.setItemLabelGenerator(s -> s == null ? Labels.text("webhooks.filter.all") : Labels.of(s));
        statusFilter.addValueChangeListener(change -> refreshDeliveries());
        organisationFilter.setId("delivery-organisation-filter");
        organisationFilter.setLabel(Labels.text("webhooks.field.organisation"));
        organisationFilter.setItems(List.copyOf(organisations.values()));
        organisationFilter.setItemLabelGenerator(Organisation::name);
        organisationFilter.setClearButtonVisible(true);
        organisationFilter.addValueChangeListener(change -> refreshDeliveries());
        typeFilter.setId("delivery-type-filter");
        typeFilter.setLabel(Labels.text("webhooks.column.eventType"));
        typeFilter.setItems(WebhookEventType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(Labels.text("webhooks.filter.all"));
        typeFilter.setItemLabelGenerator(t -> t == null ? Labels.text("webhooks.filter.all") : Labels.of(t));
        typeFilter.addValueChangeListener(change -> refreshDeliveries());
        Button reload = new Button(Labels.text("webhooks.action.reload"), click -> refreshDeliveries());
        reload.setId("delivery-reload");
        HorizontalLayout filters = new HorizontalLayout(statusFilter, organisationFilter, typeFilter, reload);
        filters.setDefaultVerticalComponentAlignment(Alignment.END);
        return filters;
    }

    private Grid<WebhookDelivery> deliveryGrid() {
        deliveryGrid.setId("webhook-deliveries");
        deliveryGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        deliveryGrid.addColumn(WebhookDelivery::id).setKey("id").setHeader(Labels.text("webhooks.column.id"))
                .setAutoWidth(true);
        deliveryGrid.addColumn(d -> organisationName(d.organisationId())).setKey("organisation")
                .setHeader(Labels.text("webhooks.field.organisation"));
        deliveryGrid.addColumn(d -> Labels.of(d.eventType())).setKey("eventType")
                .setHeader(Labels.text("webhooks.column.eventType"));
        deliveryGrid.addColumn(d -> Labels.orEmpty(d.caseNumber())).setKey("case")
                .setHeader(Labels.text("webhooks.column.case"));
        deliveryGrid.addColumn(d -> Labels.of(d.status())).setKey("status")
                .setHeader(Labels.text("webhooks.column.status"));
        deliveryGrid.addColumn(WebhookDelivery::attempts).setKey("attempts")
                .setHeader(Labels.text("webhooks.column.attempts"));
        deliveryGrid.addColumn(d -> Labels.orEmpty(d.lastError())).setKey("lastError")
                .setHeader(Labels.text("webhooks.column.lastError"));
        deliveryGrid.addColumn(d -> Labels.dateTime(d.createdAt())).setKey("createdAt")
                .setHeader(Labels.text("webhooks.column.createdAt"));
        deliveryGrid.addColumn(d -> d.status() == DeliveryStatus.DELIVERED ? Labels.dateTime(d.deliveredAt())
                        : d.status() == DeliveryStatus.PENDING ? Labels.dateTime(d.nextAttemptAt()) : Labels.empty())
                .setKey("nextOrDelivered").setHeader(Labels.text("webhooks.column.nextOrDelivered"));
        deliveryGrid.addComponentColumn(d -> {
            Button resend = new Button(Labels.text("webhooks.action.resend"), click -> resend(d.id()));
            resend.setId("webhook-resend-" + d.id());
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resend.setEnabled(d.status() != DeliveryStatus.SENDING);
            return resend;
        }).setKey("actions");
        return deliveryGrid;
    }

    void resend(long id) {
        if (deliveries.resend(id)) {
            Notification.show(Labels.text("webhooks.resent", id)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            Notification.show(Labels.text("webhooks.resendRefused", id))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refreshDeliveries();
    }

    void refresh() {
        subscriptionGrid.setItems(subscriptions.list(null));
        refreshDeliveries();
    }

    void refreshDeliveries() {
        Filter filter = new Filter(organisationFilter.getValue() == null ? null : organisationFilter.getValue().id(),
                statusFilter.getValue(), typeFilter.getValue(), null, null);
        deliveryGrid.setItems(deliveries.list(filter, DELIVERY_ROWS));
    }

    private String organisationName(String id) {
        Organisation o = organisations.get(id);
        return o == null ? id : o.name();
    }

    @Override
    public String getPageTitle() {
        return Labels.text("webhooks.title");
    }
}
