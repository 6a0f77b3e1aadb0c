package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.form.ApplicationFormPdf;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;

/**
 * "下载综合申请表（PDF）" on the case page: the combined application form of the case, generated when clicked
 * (so it shows the case as it stands then). Its texts are in the {@code i18n/form} bundle.
 */
public class ApplicationFormLink extends Anchor {
    /** Keys of the i18n/form bundle. */
    static final String TEXT_KEY = "form.download";
    static final String TOOLTIP_KEY = "form.download.tooltip";
    static final String PDF = "application/pdf";

    public ApplicationFormLink(String caseNumber) {
        // only the case number is kept in the session; the generator is looked up when the form is asked for
        super(DownloadHandler.fromInputStream(event -> {
            ApplicationFormPdf forms = event.getSession().getService().getInstantiator()
                    .getOrCreate(ApplicationFormPdf.class);
            return forms.forCase(caseNumber)
                    .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), caseNumber + ".pdf", PDF,
                            pdf.length))
                    .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND));
        }), AttachmentType.DOWNLOAD, "");
        setId("case-form-pdf");
        addClassName("lb-form-link");
        add(new Icon(VaadinIcon.DOWNLOAD_ALT));
        add(getTranslation(TEXT_KEY));
        setTitle(getTranslation(TOOLTIP_KEY));
        getStyle().set("margin-inline-start", "auto").set("display", "inline-flex").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)");
    }
}
