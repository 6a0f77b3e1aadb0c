package cn.weihai.lianbao.casefile.form;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.ApprovalDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.TrackDetails;
import cn.weihai.lianbao.casefile.form.FormCanvas.Align;
import cn.weihai.lianbao.casefile.form.FormCanvas.Cell;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.UtilityService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The combined application form (综合申请表单, "一张表单") of a case as an A4 PDF: the intake, the applicant, the
 * project, the services ticked with their time limits and promised completion dates, the external-works joint
 * approval, the materials checklist of 附件4 for those services, the applicant's declaration and the signature
 * boxes. Always in Chinese; the fixed texts are in {@code forms/application-form.properties}, enum values use
 * the domain labels. The Chinese font (Noto Sans SC, SIL OFL 1.1) is put on the classpath by the build and
 * embedded as a subset, so the PDF shows correctly on any machine.
 */
@Component
public class ApplicationFormPdf {
    /** Where the build puts the font (see pom.xml, download-maven-plugin and maven-antrun-plugin). */
    static final String FONT_RESOURCE = "fonts/NotoSansSC-Regular.ttf";
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final float TEXT = 9f;
    private static final float SMALL = 8f;

    private static volatile byte[] fontBytes;

    private final LocalizedMessages messages;
    private final CaseFileQueries queries;
    private final Clock clock;
    private final FormTexts texts = new FormTexts();

    public ApplicationFormPdf(LocalizedMessages messages, CaseFileQueries queries, Clock clock) {
        this.messages = messages;
        this.queries = queries;
        this.clock = clock;
    }

    /** The form of a case as it stands now, or empty for an unknown case number. */
    public Optional<byte[]> forCase(String caseNumber) {
        return queries.find(caseNumber).map(this::render);
    }

    public byte[] render(CaseDetails c) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = FormCanvas.embedFont(doc);
            describe(doc, c);
            try (FormCanvas canvas = new FormCanvas(doc, font)) {
                heading(canvas);
                intake(canvas, c);
                applicant(canvas, c);
                project(canvas, c);
                services(canvas, c);
                materials(canvas, c);
                declaration(canvas, c);
            }
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                FormCanvas.footer(doc, font, i, texts.get("footer.caseNumber", c.caseNumber()),
                        texts.get("footer.page", i + 1, pages), texts.get("footer.supervision"), 8);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void describe(PDDocument doc, CaseDetails c) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(texts.get("form.documentTitle", c.caseNumber()));
        info.setSubject(texts.get("form.subtitle"));
        info.setCreator(texts.get("form.creator"));
        info.setProducer(texts.get("form.creator"));
        info.setCreationDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
        doc.getDocumentCatalog().setLanguage("zh-CN");
    }

    private void heading(FormCanvas canvas) {
        canvas.paragraph(texts.get("form.title"), 17, true, Align.CENTER);
        canvas.gap(1);
        canvas.paragraph(texts.get("form.subtitle"), SMALL, false, Align.CENTER);
        canvas.gap(4);
    }

    private void intake(FormCanvas canvas, CaseDetails c) {
        Actor clerk = c.acceptedBy();
        section(canvas, "section.intake");
        float[] w = fourColumns();
        canvas.row(w, List.of(label("field.caseNumber"), value(c.caseNumber()),
                label("field.acceptedOn"), value(texts.date(c.acceptedOn()))), TEXT);
        canvas.row(w, List.of(label("field.channel"), value(label(c.channel())),
                label("field.acceptedBy"), value(clerk == null ? null : clerk.displayName())), TEXT);
        canvas.row(w2(), List.of(label("field.acceptingOrganisation"),
                value(clerk == null ? null : clerk.organisation())), TEXT);
    }

    private void applicant(FormCanvas canvas, CaseDetails c) {
        var a = c.applicant();
        section(canvas, "section.applicant");
        canvas.row(w2(), List.of(label("field.applicantName"), value(a.name())), TEXT);
        canvas.row(w2(), List.of(label("field.creditCode"), value(a.creditCode())), TEXT);
        canvas.row(fourColumns(), List.of(label("field.contact"), value(a.contactName()),
                label("field.phone"), value(a.phone())), TEXT);
    }

    private void project(FormCanvas canvas, CaseDetails c) {
        var p = c.project();
        section(canvas, "section.project");
        canvas.row(fourColumns(), List.of(label("field.projectName"), value(p.name()),
                label("field.constructionType"), value(label(p.constructionType()))), TEXT);
        canvas.row(fourColumns(), List.of(label("field.projectCode"), value(p.code()),
                label("field.district"), value(label(p.district()))), TEXT);
        canvas.row(w2(), List.of(label("field.address"), value(p.address())), TEXT);
    }

    private void services(FormCanvas canvas, CaseDetails c) {
        section(canvas, "section.services");
        float[] w = {30, 64, 48, 100, 121, FormCanvas.WIDTH - 30 - 64 - 48 - 100 - 121};
        List<Cell> header = List.of(header("services.column.number"), header("services.column.service"),
                header("services.column.externalWorks"), header("services.column.powerCategory"),
                header("services.column.limit"), header("services.column.dueDate"));
        List<List<Cell>> rows = new ArrayList<>();
        boolean provisional = false;
        int n = 1;
        for (TrackDetails t : c.tracks()) {
            provisional |= t.clock() != null && t.clock().provisional()
                    || t.planReplyClock() != null && t.planReplyClock().provisional();
            rows.add(List.of(Cell.centered(String.valueOf(n++)),
                    Cell.centered(texts.get("services.name", label(t.service()))),
                    Cell.centered(texts.yesNo(t.externalWorks())),
                    Cell.centered(t.powerCategory() == null ? texts.get("form.empty") : label(t.powerCategory())),
                    Cell.centered(limit(t)),
                    Cell.centered(dueDates(t))));
        }
        List<Cell> approvalRow = List.of(label("field.externalWorksApproval"), value(approval(c)));
        List<String> notes = provisional
                ? List.of(texts.get("services.note.waiting"), texts.get("services.note.provisional"))
                : List.of(texts.get("services.note.waiting"));
        float after = canvas.rowHeight(w2(), approvalRow, TEXT) + 3;
        for (String note : notes) {
            after += canvas.paragraphHeight(note, SMALL);
        }
        canvas.table(w, header, rows, TEXT, after);
        canvas.row(w2(), approvalRow, TEXT);
        canvas.gap(3);
        notes.forEach(note -> canvas.paragraph(note, SMALL, false, Align.LEFT));
    }

    private String limit(TrackDetails t) {
        if (t.planReplyLimitWorkingDays() != null) {
            return texts.get("services.limit.grid", t.limitWorkingDays()) + "\n"
                    + texts.get("services.limit.planReply", t.planReplyLimitWorkingDays());
        }
        return t.service() == UtilityService.POWER ? texts.get("services.limit.grid", t.limitWorkingDays())
                : texts.get("services.limit", t.limitWorkingDays());
    }

    private String dueDates(TrackDetails t) {
        String due = due(t.clock());
        if (t.planReplyClock() == null) {
            return due;
        }
        return due + "\n" + texts.get("services.dueDate.planReply", due(t.planReplyClock()));
    }

    private String due(ClockReading clock) {
        if (clock == null || clock.dueDate() == null) {
            return texts.get("form.empty");
        }
        String date = texts.date(clock.dueDate());
        return clock.provisional() ? texts.get("services.provisional", date) : date;
    }

    private String approval(CaseDetails c) {
        ApprovalDetails a = c.approval();
        if (a == null) {
            return texts.get("approval.none");
        }
        String services = c.tracks().stream().filter(TrackDetails::externalWorks)
                .map(t -> label(t.service())).collect(Collectors.joining(separator()));
        StringBuilder text = new StringBuilder(texts.get("approval.required", services, a.limitWorkingDays(),
                label(a.status())));
        if (a.commitmentApplies()) {
            text.append(texts.get("approval.commitment"));
        }
        if (a.touchesHighway()) {
            text.append(texts.get("approval.highway"));
        }
        if (a.permitNumber() != null) {
            text.append(texts.get("approval.permit", a.permitNumber(), texts.date(a.permitIssuedOn())));
        }
        return text.toString();
    }

    private void materials(FormCanvas canvas, CaseDetails c) {
        section(canvas, "section.materials");
        List<UtilityService> selected = c.tracks().stream().map(TrackDetails::service).toList();
        float[] w = {30, 300, 36, 72, FormCanvas.WIDTH - 30 - 300 - 36 - 72};
        List<Cell> header = List.of(header("materials.column.number"), header("materials.column.name"),
                header("materials.column.copies"), header("materials.column.services"),
                header("materials.column.shareable"));
        List<List<Cell>> rows = new ArrayList<>();
        int n = 1;
        for (Material m : Material.checklist(selected)) {
            String forWhom = m.onlyFor().isEmpty() ? texts.get("materials.allServices")
                    : m.onlyFor().stream().map(s -> texts.get("services.name", label(s)))
                    .collect(Collectors.joining(separator()));
            rows.add(List.of(Cell.centered(String.valueOf(n++)), Cell.value(texts.get("material." + m.name())),
                    Cell.centered(texts.get("materials.copies")), Cell.centered(forWhom),
                    Cell.centered(m.shareable() ? texts.get("materials.shareable") : "")));
        }
        String note = texts.get("materials.note");
        canvas.table(w, header, rows, TEXT, 3 + canvas.paragraphHeight(note, SMALL));
        canvas.gap(3);
        canvas.paragraph(note, SMALL, false, Align.LEFT);
    }

    private void declaration(FormCanvas canvas, CaseDetails c) {
        float boxes = 82;
        // the declaration, its text and the signature boxes stay together on one page
        canvas.keep(6 + 11 * FormCanvas.LEADING + 3 + 3 * TEXT * FormCanvas.LEADING + 6 + boxes);
        section(canvas, "section.declaration");
        canvas.paragraph(texts.get("declaration.text"), TEXT, false, Align.LEFT);
        canvas.gap(6);
        Actor clerk = c.acceptedBy();
        canvas.boxes(boxes, TEXT,
                List.of(List.of(texts.get("signature.applicant"), "", texts.get("signature.applicantContact")),
                        List.of(texts.get("signature.window"), "",
                                texts.get("signature.clerk", clerk == null ? "" : clerk.displayName()))),
                List.of(List.of(texts.get("signature.date")), List.of(texts.get("signature.date"))));
    }

    private void section(FormCanvas canvas, String key) {
        canvas.gap(6);
        // a heading stays with the start of what it heads (at least a table's header and first rows)
        canvas.keep(11 * FormCanvas.LEADING + 3 + 60);
        canvas.paragraph(texts.get(key), 11, true, Align.LEFT);
        canvas.gap(3);
    }

    private static float[] fourColumns() {
        float label = 84;
        float value = (FormCanvas.WIDTH - 2 * label) / 2;
        return new float[]{label, value, label, value};
    }

    private static float[] w2() {
        return new float[]{84, FormCanvas.WIDTH - 84};
    }

    private Cell label(String key) {
        return Cell.label(texts.get(key));
    }

    private Cell value(String text) {
        return Cell.value(texts.orEmpty(text));
    }

    private Cell header(String key) {
        return Cell.header(texts.get(key));
    }

    private String label(Enum<?> value) {
        return value == null ? texts.get("form.empty") : messages.enumLabel(value, CHINESE);
    }

    private String separator() {
        return messages.get("list.separator", CHINESE);
    }

    /** The font file, read once from the classpath (about 10 MB); each document embeds the subset it uses. */
    static byte[] font() {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            synchronized (ApplicationFormPdf.class) {
                bytes = fontBytes;
                if (bytes == null) {
                    try (InputStream in = ApplicationFormPdf.class.getClassLoader()
                            .getResourceAsStream(FONT_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(FONT_RESOURCE + " is not on the classpath: it is put "
                                    + "there by the Maven build (process-resources), run ./mvnw process-resources");
                        }
                        bytes = in.readAllBytes();
                        fontBytes = bytes;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return bytes;
    }
}
