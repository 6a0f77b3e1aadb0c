package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.Material;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.Commands.AttachMaterial;
import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.materials.MaterialStore;
import cn.weihai.lianbao.casefile.materials.StoredFile;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import cn.weihai.lianbao.shared.CommandFailures;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * The case's shared materials (材料), visible to every utility on the case: each with its download, when and by
 * whom it was handed in, and where it was reused from. Staff can hand in one more file here.
 */
public class MaterialsPanel extends Div {
    private static final Logger log = LoggerFactory.getLogger(MaterialsPanel.class);

    private final MaterialStore store;
    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final LocalizedMessages messages;
    final Div list = new Div();
    final Select<MaterialType> type = new Select<>();
    Upload upload;
    final Span error = new Span();

    public MaterialsPanel(MaterialStore store, CommandGateway commands, CurrentUser currentUser,
                          LocalizedMessages messages) {
        this.store = store;
        this.commands = commands;
        this.currentUser = currentUser;
        this.messages = messages;
        setId("case-materials-panel");
        addClassName("lb-materials-panel");
    }

    /** A panel for the case page, its services from Spring. */
    static MaterialsPanel of(CaseDetails details) {
        return of(details, false);
    }

    /** A panel for the case page, or a read-only one (the list and downloads, no form to hand in a file). */
    static MaterialsPanel of(CaseDetails details, boolean readOnly) {
        MaterialsPanel panel = Instantiator.get(UI.getCurrent()).createComponent(MaterialsPanel.class);
        panel.show(details, readOnly);
        return panel;
    }

    void show(CaseDetails details, boolean readOnly) {
        removeAll();
        list.removeAll();
        list.addClassName("lb-material-list");
        if (details.materials().isEmpty()) {
            Paragraph none = new Paragraph(Labels.text("materials.none"));
            none.addClassName("lb-muted");
            list.add(none);
        }
        details.materials().forEach(m -> list.add(row(m)));
        add(list);
        if (!readOnly && details.status() != CaseStatus.WITHDRAWN && currentUser.get().isPresent()) {
            add(attachForm(details.caseNumber()));
        }
    }

    private Div row(Material m) {
        Anchor download = new Anchor(download(m), AttachmentType.DOWNLOAD, m.fileName());
        download.addClassName("lb-material-download");
        download.getElement().setAttribute("title", Labels.text("materials.download", m.fileName()));
        Span type = new Span(Labels.of(m.type()));
        type.addClassName("lb-material-type");
        Span size = new Span(MaterialUploads.size(m.size()));
        size.addClassName("lb-muted");
        Span handedIn = new Span(Labels.text("materials.handedIn", Labels.date(m.attachedOn()),
                CaseHeader.who(m.actor()), Labels.of(m.channel())));
        handedIn.addClassName("lb-muted");
        Div row = new Div(type, new Span(VaadinIcon.DOWNLOAD_ALT.create(), download), size, handedIn);
        if (m.reusedFromCase() != null) {
            RouterLink from = new RouterLink(m.reusedFromCase(), CaseView.class,
                    new RouteParameters(CaseView.CASE_NUMBER, m.reusedFromCase()));
            Span reused = new Span(new Span(Labels.text("materials.reusedFrom")), from);
            reused.addClassName("lb-material-reused");
            row.add(reused);
        }
        row.addClassName("lb-material-row");
        row.setId("material-" + m.sha256().substring(0, 12) + "-" + m.type().name().toLowerCase(Locale.ROOT));
        return row;
    }

    private DownloadHandler download(Material m) {
        String sha256 = m.sha256();
        String fileName = m.fileName();
        return DownloadHandler.fromInputStream(event -> {
            if (!store.contains(sha256)) {
                log.warn("Material {} ({}) is not in the store", sha256, fileName);
                return DownloadResponse.error(404);
            }
            String contentType = store.find(sha256).map(StoredFile::contentType)
                    .filter(t -> !t.isBlank()).orElse("application/octet-stream");
            return new DownloadResponse(store.open(sha256), fileName, contentType, m.size());
        });
    }

    private Div attachForm(String caseNumber) {
        type.setId("materials-type");
        type.setLabel(Labels.text("materials.attach.type"));
        type.setItems(MaterialType.values());
        type.setItemLabelGenerator(Labels::of);
        type.setPlaceholder(Labels.text("materials.attach.typePlaceholder"));
        upload = MaterialUploads.upload(store, null, name -> true,
                received -> attach(caseNumber, received), this::showError);
        upload.setId("materials-upload");
        upload.setEnabled(false);
        type.addValueChangeListener(e -> {
            upload.setEnabled(e.getValue() != null);
            boolean cad = e.getValue() != null && e.getValue().cadDrawing();
            upload.setAcceptedFileTypes(cad ? new String[]{".dwg", ".dxf"} : new String[0]);
            if (cad) {
                upload.getI18n().getError().setIncorrectFileType(
                        Labels.text("validation.material.cadRequired", Labels.of(e.getValue())));
                upload.setI18n(upload.getI18n());
            }
            error.setVisible(false);
        });
        error.addClassName("lb-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Span title = new Span(Labels.text("materials.attach.title"));
        title.addClassName("lb-materials-attach-title");
        Div form = new Div(title, type, upload, error);
        form.setId("materials-attach");
        form.addClassName("lb-materials-attach");
        return form;
    }

    private void attach(String caseNumber, MaterialUploads.Received received) {
        upload.clearFileList();
        MaterialType chosen = type.getValue();
        if (chosen == null) {
            showError(Labels.text("materials.attach.typePlaceholder"));
            return;
        }
        try {
            commands.sendAndWait(new AttachMaterial(caseNumber, chosen, received.fileName(), received.file().sha256(),
                    received.file().size(), null, null, currentUser.actor(), Channel.STAFF_WORKSPACE));
        } catch (RuntimeException e) {
            Throwable cause = CommandFailures.unwrap(e);
            switch (cause) {
                case InvalidInputException invalid -> showError(invalid.violations().stream()
                        .map(v -> messages.get(v.messageKey(), v.args(), getLocale()))
                        .reduce((a, b) -> a + Labels.text("list.separator") + b).orElse(""));
                case RuleViolationException rule -> showError(messages.get(rule.messageKey(), rule.args(), getLocale()));
                default -> {
                    log.error("Could not attach '{}' to {}", received.fileName(), caseNumber, cause);
                    showError(Labels.text("error.internal"));
                }
            }
            return;
        }
        UI.getCurrent().refreshCurrentRoute(false);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
