package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.form.ApplicationFormPdf;
import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.shared.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** The combined application form (综合申请表单) of a case as a PDF, for any signed-in staff member. */
@RestController
@Tag(name = "联合报装申请 Combined applications")
@RequestMapping(path = "/api/v1/applications")
public class ApplicationFormController {
    private final ApplicationFormPdf forms;
    private final ApiExceptionHandler errors;

    private final CurrentUser currentUser;

    ApplicationFormController(ApplicationFormPdf forms, ApiExceptionHandler errors, CurrentUser currentUser) {
        this.forms = forms;
        this.errors = errors;
        this.currentUser = currentUser;
    }

    @Operation(summary = "下载综合申请表（PDF，A4，中文）；未知案件 404")
    @GetMapping("/{caseNumber}/form.pdf")
    public ResponseEntity<byte[]> form(@PathVariable String caseNumber) {
        // the form shows the applicant's people unmasked; the 12345 hotline sees them masked
        if (currentUser.get().map(u -> u.role() == Role.HOTLINE).orElse(false)) {
            throw ForbiddenException.generic();
        }
        byte[] pdf = forms.forCase(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(caseNumber + ".pdf").build().toString())
                .body(pdf);
    }

    /**
     * Errors are the API's usual JSON, even to a client that accepts only PDF: with the content type set here
     * Spring does not negotiate it (otherwise an unknown case would end as 406, then a 403 from the error page).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiErrors> failed(Exception exception, Locale locale) {
        ResponseEntity<ApiErrors> answer = errors.handle(exception, locale);
        return ResponseEntity.status(answer.getStatusCode()).contentType(MediaType.APPLICATION_JSON)
                .body(answer.getBody());
    }
}
