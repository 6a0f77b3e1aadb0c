package cn.weihai.lianbao.integration;

import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiError;
import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiErrors;
import cn.weihai.lianbao.shared.LocalizedMessages;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/**
 * Any {@code /api/**} request no endpoint takes, including a known path with the wrong method: a JSON 404.
 * Without it the request would fall through to the Vaadin UI and be answered with its HTML page.
 */
@Hidden
@RestController
class UnknownApiPathController {
    private final LocalizedMessages messages;

    UnknownApiPathController(LocalizedMessages messages) {
        this.messages = messages;
    }

    @RequestMapping("/api/**")
    ResponseEntity<ApiErrors> unknown(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiErrors(List.of(new ApiError(null, messages.get("error.notFound", locale)))));
    }
}
