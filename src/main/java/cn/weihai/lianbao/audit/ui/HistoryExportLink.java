package cn.weihai.lianbao.audit.ui;

import cn.weihai.lianbao.audit.HistoryCsv;
import cn.weihai.lianbao.audit.HistoryExports;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * "导出办理记录（CSV / PDF）": the case's full history, written when clicked (so it holds every event recorded
 * until then), in the language of the screen.
 */
class HistoryExportLink extends Anchor {

    static HistoryExportLink csv(String caseNumber) {
        return new HistoryExportLink(caseNumber, "csv", HistoryCsv.CONTENT_TYPE, HistoryExports::csv);
    }

    static HistoryExportLink pdf(String caseNumber) {
        return new HistoryExportLink(caseNumber, "pdf", HistoryExports.PDF, HistoryExports::pdf);
    }

    private HistoryExportLink(String caseNumber, String extension, String contentType,
                              Export export) {
        // only the case number and the language are kept in the session; the exporter is looked up when asked for
        super(handler(caseNumber, extension, contentType, export), AttachmentType.DOWNLOAD, "");
        setId("audit-export-" + extension);
        addClassName("lb-form-link");
        add(new Icon(VaadinIcon.DOWNLOAD_ALT));
        add(getTranslation("audit.export." + extension));
        getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                .set("margin-inline-start", "var(--lumo-space-m)");
    }

    @FunctionalInterface
    interface Export {
        Optional<byte[]> of(HistoryExports exports, String caseNumber, Locale locale);
    }

    private static DownloadHandler handler(String caseNumber, String extension, String contentType, Export export) {
        return DownloadHandler.fromInputStream(event -> {
            HistoryExports exports = event.getSession().getService().getInstantiator()
                    .getOrCreate(HistoryExports.class);
            Locale locale = event.getUI() == null ? Locale.SIMPLIFIED_CHINESE : event.getUI().getLocale();
            return export.of(exports, caseNumber, locale)
                    .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes),
                            HistoryExports.fileName(caseNumber, extension), contentType, bytes.length))
                    .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND));
        });
    }
}
