package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.audit.ChainUnavailableException;
import cn.weihai.lianbao.hotline.complaint.ComplaintNotFoundException;
import cn.weihai.lianbao.shared.CommandFailures;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.RuleViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import java.util.List;
import java.util.Locale;

/**
 * Turns every failure of the v1 API into {@code {"errors":[{"field","message"}]}} with a localised message:
 * 400 bad input, 401/403 who you are and what you may do, 404 unknown case, 409 state conflict, 503 a feature this
 * deployment does not offer (hash-chain verification with Axon Server). Anything
 * else is a 500 with a generic message and the details in the log, never in the answer.
 */
@RestControllerAdvice(basePackages = "cn.weihai.lianbao.integration")
public class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    public record ApiError(String field, String message) {
    }

    public record ApiErrors(List<ApiError> errors) {
    }

    private final LocalizedMessages messages;

    public ApiExceptionHandler(LocalizedMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ApiErrors> handle(Exception exception, Locale locale) {
        return answer(CommandFailures.unwrap(exception), locale);
    }


    private ResponseEntity<ApiErrors> answer(Throwable t, Locale locale) {
        return switch (t) {
            case InvalidInputException e -> errors(HttpStatus.BAD_REQUEST, e.violations().stream()
                    .map(v -> new ApiError(v.field(), message(v, locale))).toList());
            case RuleViolationException e ->
                    error(HttpStatus.CONFLICT, messages.get(e.messageKey(), e.args(), locale));
            case CaseNotFoundException e ->
                    error(HttpStatus.NOT_FOUND, messages.get("error.notFound.case", locale, e.caseNumber()));
            case ComplaintNotFoundException e -> error(HttpStatus.NOT_FOUND,
                    messages.get("error.notFound.complaint", locale, e.ticketNumber()));
            case OrderNotFoundException e -> error(HttpStatus.NOT_FOUND,
                    messages.get("error.notFound.order", locale, e.number(), e.caseNumber()));
            case AggregateNotFoundException e -> error(HttpStatus.NOT_FOUND,
                    messages.get("error.notFound.case", locale, String.valueOf(e.getAggregateIdentifier())));
            case ChainUnavailableException e ->
                    error(HttpStatus.SERVICE_UNAVAILABLE, messages.get(ChainUnavailableException.MESSAGE_KEY, locale));
            case ForbiddenException e -> error(HttpStatus.FORBIDDEN, messages.get(e.messageKey(), e.args(), locale));
            case AccessDeniedException e -> error(HttpStatus.FORBIDDEN, messages.get("error.forbidden", locale));
            case AuthenticationException e ->
                    error(HttpStatus.UNAUTHORIZED, messages.get("error.unauthenticated", locale));
            case AggregateStreamCreationException e ->
                    error(HttpStatus.CONFLICT, messages.get("error.conflict.concurrent", locale));
            case ConcurrencyException e ->
                    error(HttpStatus.CONFLICT, messages.get("error.conflict.concurrent", locale));
            case HttpMessageNotReadableException e -> unreadable(e, locale);
            case TypeMismatchException e -> errors(HttpStatus.BAD_REQUEST,
                    List.of(new ApiError(e.getPropertyName(), messages.get("validation.json.type", locale))));
            case ErrorResponse e -> error(e.getStatusCode(),
                    messages.get("error.request", locale, String.valueOf(e.getStatusCode().value())));
            default -> {
                log.error("Unexpected failure of a v1 API request", t);
                yield error(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.internal", locale));
            }
        };
    }

    /** Malformed JSON, or a value of the wrong JSON type: named by its path where Jackson knows it. */
    private ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e, Locale locale) {
        if (e.getCause() == null) {
            return error(HttpStatus.BAD_REQUEST, messages.get("validation.body.required", locale));
        }
        if (!(e.getCause() instanceof JacksonException json)) {
            return error(HttpStatus.BAD_REQUEST, messages.get("validation.json.malformed", locale));
        }
        String key = json instanceof StreamReadException ? "validation.json.malformed" : "validation.json.type";
        return errors(HttpStatus.BAD_REQUEST, List.of(new ApiError(JsonPath.of(json), messages.get(key, locale))));
    }

    private String message(FieldViolation v, Locale locale) {
        return messages.get(v.messageKey(), v.args(), locale);
    }

    private static ResponseEntity<ApiErrors> error(HttpStatusCode status, String message) {
        return errors(status, List.of(new ApiError(null, message)));
    }

    private static ResponseEntity<ApiErrors> errors(HttpStatusCode status, List<ApiError> errors) {
        return ResponseEntity.status(status).body(new ApiErrors(errors));
    }
}
