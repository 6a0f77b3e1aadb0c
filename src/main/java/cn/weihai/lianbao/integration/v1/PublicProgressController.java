package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.Commands.RateService;
import cn.weihai.lianbao.casefile.api.Commands.RequestConnection;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawService;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiError;
import cn.weihai.lianbao.integration.v1.ApiExceptionHandler.ApiErrors;
import cn.weihai.lianbao.portal.ApplicantAccess;
import cn.weihai.lianbao.portal.ApplicantLookup;
import cn.weihai.lianbao.portal.ApplicantLookup.Granted;
import cn.weihai.lianbao.portal.ApplicantLookup.Locked;
import cn.weihai.lianbao.portal.ApplicantProgress;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.UtilityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The applicant's self-service without a staff account: every call carries the case number and the builder's
 * credit code in its body (never in the address), is checked and throttled like the progress page, and answers
 * the applicant's view of the case. A wrong pair is 401 with one message whether or not the case exists; too
 * many failures 429. Steps are recorded as the applicant through the ONLINE channel.
 */
@RestController
@Tag(name = "申请人自助 Applicant self-service")
@RequestMapping(path = "/api/v1/public/progress", produces = "application/json")
public class PublicProgressController {
    private final ApplicantLookup lookup;
    private final CaseFileQueries queries;
    private final CommandGateway commands;
    private final LocalizedMessages messages;

    PublicProgressController(ApplicantLookup lookup, CaseFileQueries queries, CommandGateway commands,
                             LocalizedMessages messages) {
        this.lookup = lookup;
        this.queries = queries;
        this.commands = commands;
        this.messages = messages;
    }

    public record Credentials(String caseNumber, String creditCode) {
    }

    public record ConnectionRequest(String caseNumber, String creditCode, String note) {
    }

    public record Withdrawal(String caseNumber, String creditCode, String reason) {
    }

    public record Rating(String caseNumber, String creditCode, Integer stars, String comment) {
    }

    @Operation(summary = "进度查询：案件编号 + 统一社会信用代码（无需登录）；不符 401，失败过多 429")
    @PostMapping
    public ResponseEntity<?> progress(@RequestBody(required = false) Credentials body, HttpServletRequest request,
                                      Locale locale) {
        Credentials c = body == null ? new Credentials(null, null) : body;
        return withAccess(c.caseNumber(), c.creditCode(), request, locale, access -> null);
    }

    @Operation(summary = "自主提出接通申请（竣工后）")
    @PostMapping("/{service}/connection-request")
    public ResponseEntity<?> requestConnection(@PathVariable String service,
                                               @RequestBody(required = false) ConnectionRequest body,
                                               HttpServletRequest request, Locale locale) {
        ConnectionRequest b = body == null ? new ConnectionRequest(null, null, null) : body;
        UtilityService utility = service(service);
        return withAccess(b.caseNumber(), b.creditCode(), request, locale, access -> new RequestConnection(
                access.caseNumber(), utility, b.note(), null, access.actor(), Channel.ONLINE));
    }

    @Operation(summary = "撤回单项报装（须填写原因）")
    @PostMapping("/{service}/withdrawal")
    public ResponseEntity<?> withdraw(@PathVariable String service, @RequestBody(required = false) Withdrawal body,
                                      HttpServletRequest request, Locale locale) {
        Withdrawal b = body == null ? new Withdrawal(null, null, null) : body;
        UtilityService utility = service(service);
        if (b.reason() == null || b.reason().isBlank()) {
            throw InvalidInputException.of("reason", "validation.reasonRequired");
        }
        return withAccess(b.caseNumber(), b.creditCode(), request, locale, access -> new WithdrawService(
                access.caseNumber(), utility, b.reason(), null, access.actor(), Channel.ONLINE));
    }

    @Operation(summary = "好差评：接通后评价服务 1–5 星，每项一次；1–2 星须说明原因")
    @PostMapping("/{service}/rating")
    public ResponseEntity<?> rate(@PathVariable String service, @RequestBody(required = false) Rating body,
                                  HttpServletRequest request, Locale locale) {
        Rating b = body == null ? new Rating(null, null, null, null) : body;
        UtilityService utility = service(service);
        if (b.stars() == null) {
            throw InvalidInputException.of("stars", "validation.rating.stars");
        }
        return withAccess(b.caseNumber(), b.creditCode(), request, locale, access -> new RateService(
                access.caseNumber(), utility, b.stars(), b.comment(), null, access.actor(), Channel.ONLINE));
    }

    private static UtilityService service(String code) {
        InputReader in = new InputReader();
        UtilityService utility = in.code("service", code, UtilityService.class);
        in.throwIfAny();
        return utility;
    }

    /** Checks the pair, sends the step (if any) and answers the case as the applicant sees it now. */
    private ResponseEntity<?> withAccess(String caseNumber, String creditCode, HttpServletRequest request,
                                         Locale locale, Function<ApplicantAccess, Object> command) {
        return switch (lookup.lookup(caseNumber, creditCode, request.getRemoteAddr())) {
            case Granted granted -> {
                Object cmd = command.apply(granted.access());
                if (cmd != null) {
                    commands.sendAndWait(cmd);
                }
                List<HistoryEntry> history = queries.history(granted.access().caseNumber());
                yield ResponseEntity.ok(ApplicantProgress.of(queries.details(history).orElseThrow(), history));
            }
            case Locked locked -> error(HttpStatus.TOO_MANY_REQUESTS,
                    messages.get("portal.lookup.locked", locale, locked.minutes()));
            case ApplicantLookup.Refused refused -> error(HttpStatus.UNAUTHORIZED,
                    messages.get("portal.lookup.refused", locale));
        };
    }

    private static ResponseEntity<ApiErrors> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiErrors(List.of(new ApiError(null, message))));
    }
}
