package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.materials.MaterialStore;
import cn.weihai.lianbao.casefile.materials.MaterialsOnFile.MaterialOnFile;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One line of the materials checklist (材料清单) at intake: what to hand in, an upload, the files taken so far,
 * and the same material already on file for this builder or project, offered for reuse (关联历史数据).
 */
class MaterialChecklistItem extends Div {
    /** A file to attach to the new case: uploaded now, or reused from {@code reusedFromCase}. */
    record Chosen(MaterialType type, String fileName, String sha256, long size, String reusedFromCase) {
    }

    final MaterialType type;
    final Upload upload;
    final Div files = new Div();
    final Div offers = new Div();
    final Span error = new Span();
    private final Span status = new Span();
    private final List<Chosen> uploaded = new ArrayList<>();
    private final Map<String, Checkbox> offerBoxes = new LinkedHashMap<>();
    private final Map<String, MaterialOnFile> offered = new LinkedHashMap<>();
    private final Set<String> reuseTicked = new LinkedHashSet<>();

    MaterialChecklistItem(MaterialType type, MaterialStore store) {
        this.type = type;
        String id = "material-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
        setId(id);
        addClassName("lb-material");

        Span name = new Span(Labels.of(type));
        name.addClassName("lb-material-name");
        Div heading = new Div(name);
        heading.addClassName("lb-material-heading");
        if (type.shareable()) {
            heading.add(tag("intake.material.shareable", "lb-tag--shareable"));
        }
        if (type.cadDrawing()) {
            heading.add(tag("intake.material.cad", "lb-tag--cad"));
        }
        status.addClassName("lb-material-status");
        heading.add(status);
        Paragraph hint = new Paragraph(Labels.text("intake.material.hint." + type.name()));
        hint.addClassName("lb-material-hint");

        upload = MaterialUploads.upload(store, type, type::accepts, this::received, this::refused);
        upload.setId(id + "-upload");

        files.addClassName("lb-material-files");
        offers.addClassName("lb-material-offers");
        error.addClassName("lb-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(heading, hint, upload, files, offers, error);
        refreshStatus();
    }

    private void received(MaterialUploads.Received received) {
        clearError();
        add(new Chosen(type, received.fileName(), received.file().sha256(), received.file().size(), null));
        upload.clearFileList(); // the file is listed below, with its size and a way to remove it
    }

    private void refused(String message) {
        showError(message);
        upload.clearFileList();
    }

    private static Span tag(String key, String className) {
        Span tag = new Span(Labels.text(key));
        tag.addClassNames("lb-tag", className);
        return tag;
    }

    /** Every file this item will attach: the uploads, then the ticked reuse offers not uploaded again. */
    List<Chosen> chosen() {
        List<Chosen> all = new ArrayList<>(uploaded);
        Set<String> hashes = new LinkedHashSet<>(uploaded.stream().map(Chosen::sha256).toList());
        for (String sha : reuseTicked) {
            MaterialOnFile m = offered.get(sha);
            if (m != null && hashes.add(sha)) {
                all.add(new Chosen(type, m.fileName(), m.sha256(), m.size(), m.caseNumber()));
            }
        }
        return all;
    }

    private void add(Chosen file) {
        if (uploaded.stream().noneMatch(c -> c.sha256().equals(file.sha256()))) {
            uploaded.add(file);
        }
        renderFiles();
    }

    private void renderFiles() {
        files.removeAll();
        for (Chosen c : uploaded) {
            Span name = new Span(c.fileName());
            name.addClassName("lb-material-file-name");
            Span size = new Span(MaterialUploads.size(c.size()));
            size.addClassName("lb-muted");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                uploaded.remove(c);
                renderFiles();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(Labels.text("intake.material.remove", c.fileName()));
            Div line = new Div(VaadinIcon.FILE_O.create(), name, size, remove);
            line.addClassName("lb-material-file");
            files.add(line);
        }
        refreshStatus();
    }

    /** Shows what is on file for this material (from the list for the builder and project); ticks stay ticked. */
    void offer(List<MaterialOnFile> onFile) {
        offers.removeAll();
        offerBoxes.clear();
        offered.clear();
        for (MaterialOnFile m : onFile) {
            if (m.type() != type || offered.containsKey(m.sha256())) {
                continue;
            }
            offered.put(m.sha256(), m);
            Checkbox box = new Checkbox(Labels.text("intake.reuse.item", m.fileName(), MaterialUploads.size(m.size()),
                    Labels.date(m.attachedOn()), m.caseNumber(),
                    Labels.text(m.sameBuilder() ? "intake.reuse.sameBuilder" : "intake.reuse.sameProject")));
            box.addClassName("lb-material-offer");
            box.setValue(reuseTicked.contains(m.sha256()));
            box.addValueChangeListener(e -> {
                if (e.getValue()) {
                    reuseTicked.add(m.sha256());
                } else {
                    reuseTicked.remove(m.sha256());
                }
                refreshStatus();
            });
            offerBoxes.put(m.sha256(), box);
            offers.add(box);
        }
        reuseTicked.retainAll(offered.keySet());
        if (!offered.isEmpty()) {
            Span title = new Span(Labels.text("intake.reuse.title"));
            title.addClassName("lb-material-offers-title");
            offers.addComponentAsFirst(title);
        }
        offers.setVisible(!offered.isEmpty());
        refreshStatus();
    }

    /** The reuse offer for a stored file, if this item offers it. */
    Checkbox offerFor(String sha256) {
        return offerBoxes.get(sha256);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        addClassName("lb-material--invalid");
    }

    void clearError() {
        error.setText("");
        error.setVisible(false);
        removeClassName("lb-material--invalid");
    }

    private void refreshStatus() {
        int count = chosen().size();
        status.setText(count == 0 ? Labels.text("intake.material.none") : Labels.text("intake.material.count", count));
        status.getElement().getClassList().set("lb-material-status--done", count > 0);
    }
}
