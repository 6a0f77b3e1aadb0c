package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.audit.HistoryCsv;
import cn.weihai.lianbao.audit.HistoryExports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.Optional;

/**
 * A case's full history as a file, for supervisors and administrators: CSV (UTF-8 with BOM) and PDF (A4 landscape,
 * Chinese). Who may export is checked before the case is looked up, so others learn nothing about case numbers.
 */
@RestController
@Tag(name = "联合报装申请 Combined applications")
@RequestMapping(path = "/api/v1/applications")
public class HistoryExportController extends FileDownloadController {
    private final HistoryExports exports;
    private final CasePermissions permissions;

    HistoryExportController(HistoryExports exports, CasePermissions permissions, ApiExceptionHandler errors) {
        super(errors);
        this.exports = exports;
        this.permissions = permissions;
    }

    @Operation(summary = "导出办理记录（CSV，UTF-8 带 BOM）：监管人员、管理员；其他人 403，未知案件 404")
    @GetMapping("/{caseNumber}/history.csv")
    public ResponseEntity<byte[]> csv(@PathVariable String caseNumber, Locale locale) {
        permissions.historyExporter();
        return file(caseNumber, "csv", MediaType.parseMediaType(HistoryCsv.CONTENT_TYPE),
                exports.csv(caseNumber, locale));
    }

    @Operation(summary = "导出办理记录（PDF，A4 横向，中文）：监管人员、管理员；其他人 403，未知案件 404")
    @GetMapping("/{caseNumber}/history.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String caseNumber, Locale locale) {
        permissions.historyExporter();
        return file(caseNumber, "pdf", MediaType.APPLICATION_PDF, exports.pdf(caseNumber, locale));
    }

    private static ResponseEntity<byte[]> file(String caseNumber, String extension, MediaType type,
                                               Optional<byte[]> content) {
        byte[] bytes = content.orElseThrow(() -> new CaseNotFoundException(caseNumber));
        return attachment(HistoryExports.fileName(caseNumber, extension), type, bytes);
    }
}
