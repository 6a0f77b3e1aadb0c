package cn.weihai.lianbao.integration.webhook;

import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiError;
import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiErrors;
import cn.weihai.lianbao.shared.LocalizedMessages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Locale;

/** 404 for unknown subscriptions and deliveries, in the v1 error shape; everything else goes to ApiExceptionHandler. */
@RestControllerAdvice(basePackageClasses = WebhookErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookErrors {
    private final LocalizedMessages messages;

    WebhookErrors(LocalizedMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(WebhookNotFoundException.class)
    ResponseEntity<ApiErrors> notFound(WebhookNotFoundException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiErrors(
                List.of(new ApiError(null, messages.get(e.messageKey(), e.args(), locale)))));
    }
}
