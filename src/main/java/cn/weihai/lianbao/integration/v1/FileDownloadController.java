package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.materials.ContentSniffer;
import java.nio.charset.StandardCharsets;

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
                        disposition(fileName))
                .body(content);
    }

    /**
     * {@code attachment; filename="…"} for a plain ASCII name, RFC 5987 {@code filename*=UTF-8''…} otherwise; the
     * name loses folders, control and bidi-override characters first (it may echo a case number from the path).
     */
    static String disposition(String fileName) {
        String name = ContentSniffer.displayName(fileName, 200);
        if (name == null) {
            name = "download";
        }
        boolean ascii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\');
        return (ascii ? ContentDisposition.attachment().filename(name)
                : ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)).build().toString();
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
