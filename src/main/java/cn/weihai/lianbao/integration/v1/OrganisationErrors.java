package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.identity.apikey.ApiKeyNotFoundException;
import cn.weihai.lianbao.identity.organisation.OrganisationNotFoundException;
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

/** 404 for an unknown organisation or key, in the API's error shape; everything else goes to ApiExceptionHandler. */
@RestControllerAdvice(assignableTypes = OrganisationsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationErrors {
    private final LocalizedMessages messages;

    OrganisationErrors(LocalizedMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(OrganisationNotFoundException.class)
    ResponseEntity<ApiErrors> organisation(OrganisationNotFoundException e, Locale locale) {
        return notFound(messages.get("organisation.error.notFound", locale, e.id()));
    }

    @ExceptionHandler(ApiKeyNotFoundException.class)
    ResponseEntity<ApiErrors> key(ApiKeyNotFoundException e, Locale locale) {
        return notFound(messages.get("apikey.error.notFound", locale, e.keyId()));
    }

    private static ResponseEntity<ApiErrors> notFound(String message) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiErrors(List.of(new ApiError(null, message))));
    }
}
