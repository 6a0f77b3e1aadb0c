package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.util.Locale;

/** A controller whose answers are files (PDF, CSV) of a case, downloaded as attachments. */
abstract class FileDownloadController {
    private final ApiExceptionHandler errors;

    FileDownloadController(ApiExceptionHandler errors) {
        this.errors = errors;
    }

    static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }

    /**
     * Errors are the API's usual JSON, even to a client that accepts only the file's type: with the content type
     * set here Spring does not negotiate it (otherwise an unknown case would end as 406, then a 403 from the error
     * page).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiErrors> failed(Exception exception, Locale locale) {
        ResponseEntity<ApiErrors> answer = errors.handle(exception, locale);
        return ResponseEntity.status(answer.getStatusCode()).contentType(MediaType.APPLICATION_JSON)
                .body(answer.getBody());
    }
}
