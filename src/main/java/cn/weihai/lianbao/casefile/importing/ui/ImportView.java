package cn.weihai.lianbao.casefile.importing.ui;

import cn.weihai.lianbao.casefile.importing.CaseImports;
import cn.weihai.lianbao.casefile.importing.ImportBatch;
import cn.weihai.lianbao.casefile.importing.ImportCheck;
import cn.weihai.lianbao.casefile.importing.ImportCsv;
import cn.weihai.lianbao.casefile.importing.ImportStatus;
import cn.weihai.lianbao.casefile.importing.ImportTexts;
import cn.weihai.lianbao.casefile.importing.RowProblem;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * 历史数据导入: upload a CSV of historical cases, see every problem of every row (nothing is imported while there is
 * one), then import and watch the progress; the result links to the cases created. While an import runs the page
 * polls its progress twice a second.
 */
@Route(value = "import", layout = MainLayout.class)
@RolesAllowed({"CLERK", "ADMIN"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {
    static final int POLL_MILLIS = 500;
    static final int MAX_RESULT_LINKS = 200;

    private final CaseImports imports;
    private final ImportTexts texts;
    private final CurrentUser currentUser;

    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<RowProblem> problems = new Grid<>();
    final Anchor rejectedDownload = new Anchor();
    final Button start = new Button(Labels.text("import.action.start"));
    final ProgressBar progress = new ProgressBar(0, 1, 0);
    final Span progressText = new Span();
    final Div result = new Div();

    private ImportCheck check;
    private UUID running;
    private Registration polling;

    public ImportView(CaseImports imports, ImportTexts texts, CurrentUser currentUser) {
        this.imports = imports;
        this.texts = texts;
        this.currentUser = currentUser;
        addClassName("lb-page");
        setId("import-view");

        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ImportCsv.template();
            return new DownloadResponse(new ByteArrayInputStream(bytes), ImportCsv.TEMPLATE_NAME, "text/csv",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, Labels.text("import.template"));
        template.setId("import-template");

        upload = new Upload(handler());
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CaseImports.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> showSummary(e.getErrorMessage()));

        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addColumn(RowProblem::row).setHeader(Labels.text("import.grid.row")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> texts.column(p, getLocale())).setHeader(Labels.text("import.grid.column"))
                .setAutoWidth(true);
        problems.addColumn(RowProblem::value).setHeader(Labels.text("import.grid.value")).setAutoWidth(true);
        problems.addColumn(p -> texts.message(p, getLocale())).setHeader(Labels.text("import.grid.message"))
                .setFlexGrow(1);
        problems.setAllRowsVisible(false);
        problems.setVisible(false);
        rejectedDownload.setId("import-rejected-download");
        rejectedDownload.setText(Labels.text("import.rejected.download"));
        rejectedDownload.setVisible(false);
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> startImport());
        progress.setId("import-progress");
        progress.setVisible(false);
        progressText.setId("import-progress-text");
        result.setId("import-result");

        add(new H2(Labels.text("import.title")), new Paragraph(Labels.text("import.lead")), template, upload,
                summary, problems, rejectedDownload, start, progress, progressText, result);
    }

    private UploadHandler handler() {
        return event -> {
            UI ui = event.getUI();
            String name = baseName(event.getFileName());
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(CaseImports.MAX_BYTES + 1);
            } catch (IOException e) {
                ui.access(() -> showSummary(Labels.text("upload.error.failed")));
                return;
            }
            ui.access(() -> received(name, content));
        };
    }

    void received(String fileName, byte[] content) {
        result.removeAll();
        progress.setVisible(false);
        progressText.setText("");
        if (!fileName.toLowerCase().endsWith(".csv")) {
            show(null, Labels.text("import.file.notCsv"));
            return;
        }
        if (content.length > CaseImports.MAX_BYTES) {
            show(null, Labels.text("upload.error.tooLarge", "10"));
            return;
        }
        ImportCheck checked = imports.check(fileName, content, currentUser.actor());
        show(checked, checked.accepted() ? Labels.text("import.summary.valid", String.valueOf(checked.rowCount()), fileName)
                : Labels.text("import.summary.invalid", String.valueOf(checked.rowCount()),
                String.valueOf(checked.problems().size()), fileName));
    }

    private void show(ImportCheck checked, String text) {
        check = checked;
        showSummary(text);
        boolean hasProblems = checked != null && !checked.problems().isEmpty();
        problems.setItems(hasProblems ? checked.problems() : java.util.List.of());
        problems.setVisible(hasProblems);
        rejectedDownload.setVisible(hasProblems);
        if (hasProblems) {
            rejectedDownload.setHref(rejectedRows(checked));
        }
        start.setEnabled(checked != null && checked.accepted() && running == null);
    }

    private DownloadHandler rejectedRows(ImportCheck checked) {
        var locale = getLocale();
        String name = "rejected-" + checked.fileName();
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ImportCsv.rejectedRows(checked, p -> texts.withColumn(p, locale));
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "text/csv", bytes.length);
        });
    }

    private void showSummary(String text) {
        summary.setText(text);
    }

    void startImport() {
        if (check == null || !check.accepted() || running != null) {
            return;
        }
        var started = imports.start(check, currentUser.actor(), Channel.STAFF_WORKSPACE);
        if (started.isEmpty()) {
            // someone imported the file or some of its rows meanwhile: check again to say which
            show(imports.check(check.fileName(), check.content(), currentUser.actor()),
                    Labels.text("import.summary.claimedMeanwhile"));
            return;
        }
        running = started.get();
        start.setEnabled(false);
        upload.setVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(Labels.text("import.progress", "0", String.valueOf(check.cases().size())));
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> refreshProgress());
    }

    void refreshProgress() {
        if (running == null) {
            return;
        }
        ImportBatch batch = imports.find(running).orElseThrow();
        progress.setValue(batch.progress());
        progressText.setText(Labels.text("import.progress", String.valueOf(batch.importedCount()),
                String.valueOf(batch.rowCount())));
        if (batch.status() != ImportStatus.RUNNING) {
            stopPolling();
            running = null;
            upload.setVisible(true);
            upload.clearFileList();
            showResult(batch);
        }
    }

    private void showResult(ImportBatch batch) {
        result.removeAll();
        Paragraph outcome = new Paragraph(batch.status() == ImportStatus.DONE
                ? Labels.text("import.result.done", String.valueOf(batch.importedCount()), batch.id())
                : Labels.text("import.result.failed", String.valueOf(batch.importedCount()),
                String.valueOf(batch.rowCount()),
                Labels.orEmpty(batch.failure())));
        outcome.setId("import-outcome");
        result.add(outcome);
        Div links = new Div();
        links.setId("import-cases");
        links.addClassName("lb-cards");
        batch.rows().stream().filter(ImportBatch.ImportedRow::done).limit(MAX_RESULT_LINKS).forEach(row -> {
            RouterLink link = new RouterLink(row.caseNumber(), CaseView.class,
                    new RouteParameters(CaseView.CASE_NUMBER, row.caseNumber()));
            link.getElement().setAttribute("data-row", String.valueOf(row.row()));
            links.add(new Div(new Span(Labels.text("import.result.row", String.valueOf(row.row())) + " "), link));
        });
        if (batch.importedCount() > MAX_RESULT_LINKS) {
            links.add(new Paragraph(Labels.text("import.result.more",
                    String.valueOf(batch.importedCount() - MAX_RESULT_LINKS))));
        }
        result.add(links);
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
            event.getUI().setPollInterval(-1);
        }
    }

    private static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 ? name.substring(slash + 1) : name;
    }

    private static UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(Labels.text("import.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(Labels.text("upload.dropFiles.one")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(Labels.text("upload.error.tooManyFiles"))
                .setFileIsTooBig(Labels.text("upload.error.tooLarge", "10"))
                .setIncorrectFileType(Labels.text("import.file.notCsv")));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return Labels.text("import.title");
    }
}
