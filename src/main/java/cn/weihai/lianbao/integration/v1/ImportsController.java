package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.importing.CaseImports;
import cn.weihai.lianbao.casefile.importing.ImportBatch;
import cn.weihai.lianbao.casefile.importing.ImportCheck;
import cn.weihai.lianbao.casefile.importing.ImportCsv;
import cn.weihai.lianbao.casefile.importing.ImportTexts;
import cn.weihai.lianbao.casefile.importing.RowProblem;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiError;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk import of historical cases (关联历史数据) from CSV: the whole file is checked first and, when any row has a
 * problem, nothing is imported and every problem is answered; a valid file is imported in the background.
 */
@RestController
@Tag(name = "历史数据导入 Imports", description = "CSV 批量导入历史案件：整份文件先逐行校验，任一行有误则不导入任何数据")
@RequestMapping(path = "/api/v1/imports", produces = "application/json")
public class ImportsController extends FileDownloadController {
    private static final String FILE = "file";

    private final CaseImports imports;
    private final ImportTexts texts;
    private final CasePermissions permissions;
    private final LocalizedMessages messages;

    ImportsController(CaseImports imports, ImportTexts texts, CasePermissions permissions,
                      LocalizedMessages messages, ApiExceptionHandler errors) {
        super(errors);
        this.imports = imports;
        this.texts = texts;
        this.permissions = permissions;
        this.messages = messages;
    }

    @Schema(description = "An import batch and how far it got")
    public record ImportView(@Schema(description = "导入批次编号") UUID id,
                             @Schema(description = "RUNNING, DONE or FAILED (FAILED resumes at the next start)")
                             String status,
                             String fileName, String sha256,
                             @Schema(description = "数据行数") int rows,
                             @Schema(description = "已导入行数") int imported,
                             String startedBy, Instant startedAt, Instant finishedAt, String failure,
                             @Schema(description = "每行创建的案件（已导入的行）") List<ImportedCase> cases) {
        static ImportView of(ImportBatch b) {
            return new ImportView(b.id(), b.status().name(), b.fileName(), b.sha256(), b.rowCount(),
                    b.importedCount(), b.startedBy().username(), b.startedAt(), b.finishedAt(), b.failure(),
                    b.rows().stream().filter(ImportBatch.ImportedRow::done)
                            .map(r -> new ImportedCase(r.row(), r.caseNumber())).toList());
        }
    }

    public record ImportedCase(@Schema(description = "行号（表头为第1行）") int row, String caseNumber) {
    }

    @Schema(description = "A rejected file: every problem as an error (field rows[<row>].<column key>) and as a row")
    public record ImportRejection(List<ApiError> errors, List<RejectedRow> rejectedRows) {
    }

    public record RejectedRow(@Schema(description = "行号（表头为第1行）") int row,
                              @Schema(description = "列（模板中的中文列名），整行问题时为 null") String column,
                              @Schema(description = "该单元格的内容") String value, String message) {
    }

    @Operation(summary = "上传 CSV（text/csv 请求体）导入历史案件；202 返回导入批次，任一行有误则 400 列出全部问题且不导入",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "202", description = "已接受，后台导入",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @ApiResponse(responseCode = "400", description = "文件有误：errors 与 rejectedRows 逐行列出",
            content = @Content(schema = @Schema(implementation = ImportRejection.class)))
    @PostMapping(consumes = {"text/csv", "application/csv", "text/plain"})
    public ResponseEntity<?> importCsv(HttpServletRequest request,
                                       @Parameter(description = "文件名（记录在导入批次中）")
                                       @RequestParam(required = false) String fileName, Locale locale)
            throws IOException {
        StaffUser user = permissions.window();
        try (InputStream in = request.getInputStream()) {
            return start(fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip(),
                    in.readNBytes(CaseImports.MAX_BYTES + 1), user, locale);
        }
    }

    @Operation(summary = "上传 CSV（multipart/form-data 的 file 字段）导入历史案件；202 返回导入批次，任一行有误则 400 且不导入")
    @ApiResponse(responseCode = "202", description = "已接受，后台导入",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @ApiResponse(responseCode = "400", description = "文件有误：errors 与 rejectedRows 逐行列出",
            content = @Content(schema = @Schema(implementation = ImportRejection.class)))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> importMultipart(@RequestPart(FILE) MultipartFile file, Locale locale)
            throws IOException {
        StaffUser user = permissions.window();
        if (file.getSize() > CaseImports.MAX_BYTES) {
            throw tooLarge();
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "import.csv"
                : file.getOriginalFilename().strip();
        return start(name, file.getBytes(), user, locale);
    }

    @Operation(summary = "导入批次的进度与结果（各行创建的案件编号）")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @GetMapping("/{id}")
    public ResponseEntity<?> get(@PathVariable String id, Locale locale) {
        permissions.window();
        Optional<ImportBatch> batch = parse(id).flatMap(imports::find);
        if (batch.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiExceptionHandler.ApiErrors(
                    List.of(new ApiError(null, messages.get("import.notFound", locale, id)))));
        }
        return ResponseEntity.ok(ImportView.of(batch.get()));
    }

    @Operation(summary = "下载导入模板（CSV，UTF-8 带 BOM，中文表头）")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string", format = "binary")))
    @GetMapping(path = "/template", produces = {"text/csv", "application/json"})
    public ResponseEntity<byte[]> template() {
        permissions.window();
        return FileDownloadController.attachment(ImportCsv.TEMPLATE_NAME, MediaType.parseMediaType("text/csv"),
                ImportCsv.template());
    }

    private ResponseEntity<?> start(String fileName, byte[] content, StaffUser user, Locale locale) {
        if (content.length > CaseImports.MAX_BYTES) {
            throw tooLarge();
        }
        if (content.length == 0) {
            throw InvalidInputException.of(FILE, "import.body.required");
        }
        ImportCheck check = imports.check(fileName, content, user.actor());
        Optional<UUID> started = imports.start(check, user.actor(), Channel.API);
        if (started.isEmpty()) {
            // a file claimed by another import meanwhile reads as "already imported" when checked again
            ImportCheck again = check.accepted() ? imports.check(fileName, content, user.actor()) : check;
            return ResponseEntity.badRequest().body(rejection(again, locale));
        }
        return ResponseEntity.accepted().body(ImportView.of(imports.find(started.get()).orElseThrow()));
    }

    private ImportRejection rejection(ImportCheck check, Locale locale) {
        List<RowProblem> problems = check.problems();
        return new ImportRejection(
                problems.stream().map(p -> new ApiError(field(p), texts.withColumn(p, locale))).toList(),
                problems.stream().map(p -> new RejectedRow(p.row(), p.column() == null ? null : p.column().header(),
                        p.value(), texts.message(p, locale))).toList());
    }

    /** {@code rows[3].creditCode}: the row as a spreadsheet numbers it, the column by its English key. */
    private static String field(RowProblem p) {
        return "rows[" + p.row() + "]" + (p.column() == null ? "" : "." + p.column().key());
    }

    private static InvalidInputException tooLarge() {
        return InvalidInputException.of(FILE, "upload.error.tooLarge",
                String.valueOf(CaseImports.MAX_BYTES / (1024 * 1024)));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
