package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.shared.CommandFailures;
import cn.weihai.lianbao.casefile.IntakeValidator;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.AttachMaterial;
import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.materials.MaterialStore;
import cn.weihai.lianbao.casefile.materials.MaterialsOnFile;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.MobilePhone;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.DatePickers;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 受理: the one form (一张表单) a window clerk fills in for a combined application: the applicant, the project,
 * how and when it came in, the menu of services with each one's eligibility conditions, and the materials list
 * generated from that choice, where each material is uploaded once or reused from the builder's or project's
 * earlier cases (关联历史数据). Every field is checked where it is typed; only a valid form is accepted, and then
 * the case page opens.
 */
@Route(value = "intake", layout = MainLayout.class)
@RolesAllowed({"CLERK", "ADMIN"})
public class IntakeView extends VerticalLayout implements HasDynamicTitle {
    private static final Logger log = LoggerFactory.getLogger(IntakeView.class);
    /** The common items of the materials list, asked of every application. */
    static final List<MaterialType> COMMON_MATERIALS = List.of(MaterialType.APPLICATION_FORM,
            MaterialType.BUSINESS_LICENCE, MaterialType.LAND_TITLE, MaterialType.SITE_MASTER_PLAN,
            MaterialType.PIPELINE_LAYOUT, MaterialType.CONSTRUCTION_DRAWINGS);
    private static final String LAST_CHANNEL = IntakeView.class.getName() + ".lastChannel";
    private static final Pattern SERVICE_PATH = Pattern.compile("services\\[(\\d+)]\\.(\\w+)");

    private final CaseNumberAllocator caseNumbers;
    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final MaterialsOnFile onFile;
    private final LocalizedMessages messages;
    private final Clock clock;

    final TextField applicantName = new TextField();
    final TextField creditCode = new TextField();
    final TextField contactName = new TextField();
    final TextField phone = new TextField();
    final TextField projectName = new TextField();
    final TextField projectCode = new TextField();
    final TextField address = new TextField();
    final ComboBox<District> district = new ComboBox<>();
    final RadioButtonGroup<ConstructionType> constructionType = new RadioButtonGroup<>();
    final Select<Channel> channel = new Select<>();
    final DatePicker acceptedOn = new DatePicker();
    final Map<UtilityService, ServiceChoice> services = new EnumMap<>(UtilityService.class);
    final Span servicesError = new Span();
    final Map<MaterialType, MaterialChecklistItem> materials = new EnumMap<>(MaterialType.class);
    final Div externalWorksNote = new Div();
    final Div reuseNote = new Div();
    final Div formError = new Div();
    final Button submit = new Button();

    private final Binder<IntakeForm> binder = new Binder<>();
    private Binder.Binding<IntakeForm, PowerCategory> powerCategoryBinding;

    public IntakeView(CaseNumberAllocator caseNumbers, CommandGateway commands, CurrentUser currentUser,
                      MaterialStore store, MaterialsOnFile onFile, TimeLimitPolicy limits,
                      LocalizedMessages messages, Clock clock) {
        this.caseNumbers = caseNumbers;
        this.commands = commands;
        this.currentUser = currentUser;
        this.onFile = onFile;
        this.messages = messages;
        this.clock = clock;
        addClassNames("lb-page", "lb-intake-view");
        setId("intake-view");

        Paragraph lead = new Paragraph(getTranslation("intake.lead"));
        lead.addClassName("lb-muted");
        formError.setId("intake-form-error");
        formError.addClassName("lb-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        add(new H2(getTranslation("intake.title")), lead,
                section("intake-applicant", "intake.section.applicant", applicantForm()),
                section("intake-project", "intake.section.project", projectForm()),
                section("intake-channel", "intake.section.intake", intakeForm()),
                section("intake-services", "intake.section.services", servicesMenu(limits)),
                section("intake-materials", "intake.section.materials", checklist(store)),
                formError, actions());
        bind();
        updateChecklist();
    }

    // ---- the form ------------------------------------------------------------------------------------------

    private Component applicantForm() {
        field(applicantName, "intake-applicant-name", "intake.field.applicantName");
        field(creditCode, "intake-credit-code", "intake.field.creditCode");
        creditCode.setHelperText(getTranslation("intake.field.creditCode.help"));
        creditCode.setMaxLength(18);
        creditCode.addValueChangeListener(e -> {
            String normal = upperCase(e.getValue());
            if (!normal.equals(e.getValue())) {
                creditCode.setValue(normal); // shown as it is kept; this change comes back here once
                return;
            }
            refreshOffers();
        });
        field(contactName, "intake-contact-name", "intake.field.contactName");
        field(phone, "intake-phone", "intake.field.phone");
        phone.setMaxLength(11);
        return form(applicantName, creditCode, contactName, phone);
    }

    private Component projectForm() {
        field(projectName, "intake-project-name", "intake.field.projectName");
        field(projectCode, "intake-project-code", "intake.field.projectCode");
        projectCode.setHelperText(getTranslation("intake.field.projectCode.help"));
        projectCode.addValueChangeListener(e -> refreshOffers());
        field(address, "intake-address", "intake.field.address");
        district.setId("intake-district");
        district.setLabel(getTranslation("intake.field.district"));
        district.setItems(District.values());
        district.setItemLabelGenerator(Labels::of);
        constructionType.setId("intake-construction-type");
        constructionType.setLabel(getTranslation("intake.field.constructionType"));
        constructionType.setItems(ConstructionType.values());
        constructionType.setItemLabelGenerator(Labels::of);
        FormLayout form = form(projectName, projectCode, address, district, constructionType);
        form.setColspan(address, 2);
        return form;
    }

    private Component intakeForm() {
        channel.setId("intake-channel-select");
        channel.setLabel(getTranslation("intake.field.channel"));
        channel.setItems(Arrays.stream(Channel.values()).filter(Channel::isIntakeChannel).toList());
        channel.setItemLabelGenerator(Labels::of);
        Object last = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(LAST_CHANNEL);
        channel.setValue(last instanceof Channel c ? c : Channel.GOV_SERVICE_CENTER);
        LocalDate today = LocalDate.now(clock);
        acceptedOn.setId("intake-accepted-on");
        acceptedOn.setLabel(getTranslation("intake.field.acceptedOn"));
        acceptedOn.setHelperText(getTranslation("intake.field.acceptedOn.help"));
        acceptedOn.setI18n(DatePickers.i18n());
        acceptedOn.setMax(today);
        acceptedOn.setValue(today);
        return form(channel, acceptedOn);
    }

    private Component servicesMenu(TimeLimitPolicy limits) {
        Div menu = new Div();
        menu.addClassName("lb-service-menu");
        servicesError.setId("intake-services-error");
        servicesError.addClassName("lb-field-error");
        servicesError.getElement().setAttribute("role", "alert");
        servicesError.setVisible(false);
        Paragraph hint = new Paragraph(getTranslation("intake.services.hint"));
        hint.addClassName("lb-muted");
        menu.add(hint, servicesError);
        for (UtilityService s : UtilityService.values()) {
            ServiceChoice choice = new ServiceChoice(s, limits);
            choice.selected.addValueChangeListener(e -> {
                if (e.getValue()) {
                    servicesError.setVisible(false);
                } else if (s == UtilityService.POWER) {
                    powerCategoryBinding.validate(); // no longer required: clears its message
                }
                updateChecklist();
            });
            if (choice.externalWorks != null) {
                choice.externalWorks.addValueChangeListener(e -> updateChecklist());
            }
            services.put(s, choice);
            menu.add(choice);
        }
        return menu;
    }

    private Component checklist(MaterialStore store) {
        Div list = new Div();
        list.addClassName("lb-checklist");
        Paragraph hint = new Paragraph(getTranslation("intake.materials.hint"));
        hint.addClassName("lb-muted");
        externalWorksNote.setId("intake-external-works-note");
        externalWorksNote.addClassName("lb-note");
        externalWorksNote.setText(getTranslation("intake.materials.externalWorksNote"));
        reuseNote.setId("intake-reuse-note");
        reuseNote.addClassName("lb-note");
        reuseNote.setVisible(false);
        list.add(hint, reuseNote);
        for (MaterialType type : MaterialType.values()) {
            MaterialChecklistItem item = new MaterialChecklistItem(type, store);
            materials.put(type, item);
            if (type == MaterialType.COMMITMENT_LETTER) {
                list.add(externalWorksNote);
            }
            list.add(item);
        }
        return list;
    }

    private Component actions() {
        submit.setText(getTranslation("intake.submit"));
        submit.setId("intake-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            try {
                submit();
            } finally {
                submit.setEnabled(true);
            }
        });
        Span hint = new Span(getTranslation("intake.submit.hint"));
        hint.addClassName("lb-muted");
        Div bar = new Div(submit, hint);
        bar.addClassName("lb-form-actions");
        return bar;
    }

    private void bind() {
        String required = getTranslation("validation.required");
        String tooLong = getTranslation("validation.tooLong", IntakeValidator.MAX_TEXT);
        text(applicantName, required, tooLong).bind(f -> f.applicantName, (f, v) -> f.applicantName = v);
        binder.forField(creditCode).asRequired(required)
                .withConverter(IntakeView::upperCase, v -> v)
                .withValidator(CreditCode::isValid, getTranslation("validation.creditCode.invalid"))
                .bind(f -> f.creditCode, (f, v) -> f.creditCode = v);
        text(contactName, required, tooLong).bind(f -> f.contactName, (f, v) -> f.contactName = v);
        binder.forField(phone).asRequired(required)
                .withConverter(String::strip, v -> v)
                .withValidator(MobilePhone::isValid, getTranslation("validation.phone.invalid"))
                .bind(f -> f.phone, (f, v) -> f.phone = v);
        text(projectName, required, tooLong).bind(f -> f.projectName, (f, v) -> f.projectName = v);
        text(projectCode, required, tooLong).bind(f -> f.projectCode, (f, v) -> f.projectCode = v);
        text(address, required, tooLong).bind(f -> f.address, (f, v) -> f.address = v);
        binder.forField(district).asRequired(required).bind(f -> f.district, (f, v) -> f.district = v);
        binder.forField(constructionType).asRequired(required)
                .bind(f -> f.constructionType, (f, v) -> f.constructionType = v);
        binder.forField(channel).asRequired(required).bind(f -> f.channel, (f, v) -> f.channel = v);
        binder.forField(acceptedOn).asRequired(required)
                .withValidator(d -> !d.isAfter(LocalDate.now(clock)),
                        d -> getTranslation("validation.date.future", Labels.date(LocalDate.now(clock))))
                .bind(f -> f.acceptedOn, (f, v) -> f.acceptedOn = v);
        ServiceChoice power = services.get(UtilityService.POWER);
        powerCategoryBinding = binder.forField(power.powerCategory)
                .withValidator(c -> c != null || !power.isSelected(), required)
                .bind(f -> f.powerCategory, (f, v) -> f.powerCategory = v);
    }

    private Binder.BindingBuilder<IntakeForm, String> text(TextField field, String required, String tooLong) {
        return binder.forField(field).asRequired(required)
                .withConverter(String::strip, v -> v)
                .withValidator(v -> v.length() <= IntakeValidator.MAX_TEXT, tooLong);
    }

    private static String upperCase(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    // ---- what the selection asks for ---------------------------------------------------------------------

    /** The materials list follows the menu: common items always, water and drainage drawings, external works. */
    private void updateChecklist() {
        Set<MaterialType> needed = neededMaterials();
        materials.forEach((type, item) -> item.setVisible(needed.contains(type)));
        externalWorksNote.setVisible(needed.contains(MaterialType.COMMITMENT_LETTER));
    }

    Set<MaterialType> neededMaterials() {
        Set<MaterialType> needed = EnumSet.copyOf(COMMON_MATERIALS);
        if (services.get(UtilityService.WATER).isSelected()) {
            needed.add(MaterialType.WATER_USE_POINTS);
        }
        if (services.get(UtilityService.DRAINAGE).isSelected()) {
            needed.add(MaterialType.DRAINAGE_SEPTIC);
        }
        if (services.values().stream().anyMatch(ServiceChoice::withExternalWorks)) {
            needed.add(MaterialType.COMMITMENT_LETTER);
        }
        needed.add(MaterialType.OTHER);
        return needed;
    }

    /** Offers what is on file for the builder (once its credit code is valid) or the project. */
    void refreshOffers() {
        String code = upperCase(creditCode.getValue());
        var found = onFile.find(CreditCode.isValid(code) ? code : null, projectCode.getValue());
        materials.values().forEach(item -> item.offer(found));
        reuseNote.setText(getTranslation("intake.reuse.found", found.size()));
        reuseNote.setVisible(!found.isEmpty());
    }

    private List<ServiceSelection> selections() {
        return services.values().stream().filter(ServiceChoice::isSelected).map(ServiceChoice::selection).toList();
    }

    // ---- submitting ----------------------------------------------------------------------------------------

    private void submit() {
        formError.setVisible(false);
        services.values().forEach(ServiceChoice::clearError);
        BinderValidationStatus<IntakeForm> status = binder.validate();
        boolean anyService = services.values().stream().anyMatch(ServiceChoice::isSelected);
        if (!anyService) {
            servicesError.setText(getTranslation("validation.services.none"));
            servicesError.setVisible(true);
        }
        IntakeForm form = new IntakeForm();
        if (!status.isOk() || !anyService || !binder.writeBeanIfValid(form)) {
            invalid();
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<ServiceSelection> selections = selections();
        Actor actor = currentUser.actor();
        AcceptApplication draft = command(null, form, selections, actor);
        List<FieldViolation> violations = IntakeValidator.validate(draft, today);
        if (!violations.isEmpty()) {
            show(violations, selections);
            return;
        }
        String caseNumber = caseNumbers.allocate(form.acceptedOn);
        try {
            commands.sendAndWait(command(caseNumber, form, selections, actor));
        } catch (RuntimeException e) {
            refused(e, selections);
            return;
        }
        int failed = attachMaterials(caseNumber, form, actor);
        VaadinSession.getCurrent().setAttribute(LAST_CHANNEL, form.channel);
        UI ui = UI.getCurrent();
        ui.navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, caseNumber));
        Notification done = Notification.show(getTranslation("intake.accepted", caseNumber), 5000,
                Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (failed > 0) {
            Notification warning = Notification.show(getTranslation("intake.materialsFailed", failed), 10000,
                    Notification.Position.MIDDLE);
            warning.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private AcceptApplication command(String caseNumber, IntakeForm f, List<ServiceSelection> selections,
                                      Actor actor) {
        return new AcceptApplication(caseNumber, f.acceptedOn, f.channel,
                new Applicant(f.applicantName, f.creditCode, f.contactName, f.phone),
                new Project(f.projectName, f.projectCode, f.address, f.district, f.constructionType),
                selections, actor);
    }

    /** The materials handed in at intake, through the intake's channel and on its date; returns how many failed. */
    private int attachMaterials(String caseNumber, IntakeForm form, Actor actor) {
        Set<MaterialType> needed = neededMaterials();
        int failed = 0;
        for (MaterialChecklistItem item : materials.values()) {
            if (!needed.contains(item.type)) {
                continue;
            }
            for (MaterialChecklistItem.Chosen c : item.chosen()) {
                try {
                    commands.sendAndWait(new AttachMaterial(caseNumber, c.type(), c.fileName(), c.sha256(), c.size(),
                            c.reusedFromCase(), form.acceptedOn, actor, form.channel));
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Could not attach {} '{}' to {}", c.type(), c.fileName(), caseNumber, CommandFailures.unwrap(e));
                }
            }
        }
        return failed;
    }

    private void refused(RuntimeException e, List<ServiceSelection> selections) {
        Throwable cause = CommandFailures.unwrap(e);
        switch (cause) {
            case InvalidInputException invalid -> show(invalid.violations(), selections);
            case RuleViolationException rule -> {
                formError.setText(messages.get(rule.messageKey(), rule.args(), getLocale()));
                formError.setVisible(true);
            }
            default -> {
                log.error("Intake failed", cause);
                formError.setText(getTranslation("error.internal"));
                formError.setVisible(true);
            }
        }
    }

    /** The server's findings (API field paths) at the fields they concern; anything else above the button. */
    void show(List<FieldViolation> violations, List<ServiceSelection> selections) {
        List<String> elsewhere = new ArrayList<>();
        for (FieldViolation v : violations) {
            String message = messages.get(v.messageKey(), v.args(), getLocale());
            if (!showAtField(v.field(), message, selections)) {
                elsewhere.add(message);
            }
        }
        invalid();
        if (!elsewhere.isEmpty()) {
            formError.setText(String.join(getTranslation("list.separator"), elsewhere));
        }
    }

    private boolean showAtField(String path, String message, List<ServiceSelection> selections) {
        HasValidation field = switch (path) {
            case "applicant.name" -> applicantName;
            case "applicant.creditCode" -> creditCode;
            case "applicant.contactName" -> contactName;
            case "applicant.phone" -> phone;
            case "project.name" -> projectName;
            case "project.code" -> projectCode;
            case "project.address" -> address;
            case "project.district" -> district;
            case "project.constructionType" -> constructionType;
            case "channel" -> channel;
            case "acceptedOn" -> acceptedOn;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            return true;
        }
        if (path.equals("services")) {
            servicesError.setText(message);
            servicesError.setVisible(true);
            return true;
        }
        Matcher m = SERVICE_PATH.matcher(path);
        if (m.matches() && Integer.parseInt(m.group(1)) < selections.size()) {
            ServiceChoice choice = services.get(selections.get(Integer.parseInt(m.group(1))).service());
            if (m.group(2).equals("powerCategory") && choice.powerCategory != null) {
                choice.powerCategory.setErrorMessage(message);
                choice.powerCategory.setInvalid(true);
            } else {
                choice.showError(message);
            }
            return true;
        }
        return false;
    }

    /** Says so above the button and takes the clerk to the first field to correct. */
    private void invalid() {
        formError.setText(getTranslation("intake.invalid"));
        formError.setVisible(true);
        List<HasValidation> fields = List.of(applicantName, creditCode, contactName, phone, projectName, projectCode,
                address, district, constructionType, channel, acceptedOn);
        fields.stream().filter(HasValidation::isInvalid).findFirst().ifPresentOrElse(field -> {
            Component c = (Component) field;
            c.scrollIntoView();
            if (c instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }, () -> services.values().stream()
                .filter(s -> s.error.isVisible() || (s.powerCategory != null && s.powerCategory.isInvalid()))
                .map(s -> (Component) s).findFirst()
                .or(() -> servicesError.isVisible() ? java.util.Optional.of(servicesError) : java.util.Optional.empty())
                .ifPresent(Component::scrollIntoView));
    }


    // ---- layout helpers ------------------------------------------------------------------------------------

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        form.addClassName("lb-form");
        return form;
    }

    private static Section section(String id, String titleKey, Component content) {
        Section section = new Section(new H3(Labels.text(titleKey)), content);
        section.setId(id);
        section.addClassNames("lb-section", "lb-form-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.pageTitle") + " | " + getTranslation("app.title");
    }

    /** What the binder writes: the form's values, trimmed. */
    static final class IntakeForm {
        String applicantName;
        String creditCode;
        String contactName;
        String phone;
        String projectName;
        String projectCode;
        String address;
        District district;
        ConstructionType constructionType;
        Channel channel;
        LocalDate acceptedOn;
        PowerCategory powerCategory;
    }
}
