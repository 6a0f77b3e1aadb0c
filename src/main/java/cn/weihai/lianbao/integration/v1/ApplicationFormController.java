package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.form.ApplicationFormPdf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.weihai.lianbao.hotline.PersonalData;
import cn.weihai.lianbao.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


/** The combined application form (综合申请表单) of a case as a PDF, for any signed-in staff member. */
@RestController
@Tag(name = "联合报装申请 Combined applications")
@RequestMapping(path = "/api/v1/applications")
public class ApplicationFormController extends FileDownloadController {
    private final ApplicationFormPdf forms;
    private final CurrentUser currentUser;

    ApplicationFormController(ApplicationFormPdf forms, ApiExceptionHandler errors, CurrentUser currentUser) {
        super(errors);
        this.forms = forms;
        this.currentUser = currentUser;
    }

    @Operation(summary = "下载综合申请表（PDF，A4，中文）；未知案件 404")
    @GetMapping("/{caseNumber}/form.pdf")
    public ResponseEntity<byte[]> form(@PathVariable String caseNumber) {
        // the form shows the applicant's people unmasked; the 12345 hotline sees them masked
        if (PersonalData.maskedFor(currentUser)) {
            throw ForbiddenException.generic();
        }
        byte[] pdf = forms.forCase(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        return attachment(caseNumber + ".pdf", MediaType.APPLICATION_PDF, pdf);
    }
}
