package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.hotline.complaint.ComplaintDetails;
import cn.weihai.lianbao.hotline.complaint.ComplaintNotFoundException;
import cn.weihai.lianbao.hotline.complaint.Complaints;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCategory;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The 12345 platform pushes a complaint (工单) and reads its status, in the style of Open311 GeoReport v2 service
 * requests: the ticket number is the {@code service_request_id}, the complaint category the {@code service_code}.
 * Read straight from the complaint's events, so a read right after the push shows it.
 */
@RestController
@Tag(name = "12345 工单 Open311 service requests")
@RequestMapping(path = "/api/v1/open311/requests", produces = "application/json")
public class Open311Controller {
    private static final Set<Role> PUSHERS = Set.of(Role.HOTLINE, Role.ADMIN);
    private static final Set<Role> READERS = Set.of(Role.HOTLINE, Role.ADMIN, Role.SUPERVISOR);
    /** The aggregate's field names as the API calls them. */
    private static final Map<String, String> FIELDS = Map.of("ticketNumber", "service_request_id",
            "caller.name", "name", "caller.phone", "phone", "content", "description", "category", "service_code",
            "caseNumber", "case_number", "service", "utility_service");

    private final CasePermissions permissions;
    private final Complaints complaints;
    private final LocalizedMessages messages;

    Open311Controller(CasePermissions permissions, Complaints complaints, LocalizedMessages messages) {
        this.permissions = permissions;
        this.complaints = complaints;
        this.messages = messages;
    }

    @Schema(description = "A complaint pushed by the 12345 platform")
    public record ServiceRequestInput(
            @Schema(description = "12345 工单号 (ticket number), 4–40 letters, digits, - or _", example = "WH12345-20260310-0001")
            @JsonProperty("service_request_id") String serviceRequestId,
            @Schema(description = "联合报装案件编号 the case complained about")
            @JsonProperty("case_number") String caseNumber,
            @Schema(description = "SLOW, UNREACHABLE, FEES, QUALITY, OTHER")
            @JsonProperty("service_code") String serviceCode,
            @Schema(description = "诉求内容 what the caller says") String description,
            @Schema(description = "来电人姓名 the caller's name") String name,
            @Schema(description = "来电号码 the caller's phone") String phone,
            @Schema(description = "optional: the one service of the case concerned (WATER, POWER, …)")
            @JsonProperty("utility_service") String utilityService) {
    }

    public record ServiceRequestCreated(@JsonProperty("service_request_id") String serviceRequestId,
                                        @JsonProperty("service_notice") String serviceNotice) {
    }

    @Schema(description = "A service request (工单) as Open311 GeoReport v2 shows it")
    public record ServiceRequest(@JsonProperty("service_request_id") String serviceRequestId,
                                 @Schema(description = "open or closed") String status,
                                 @JsonProperty("status_notes") String statusNotes,
                                 @JsonProperty("service_code") String serviceCode,
                                 @JsonProperty("service_name") String serviceName,
                                 String description,
                                 @JsonProperty("agency_responsible") String agencyResponsible,
                                 @JsonProperty("requested_datetime") String requestedDatetime,
                                 @JsonProperty("updated_datetime") String updatedDatetime,
                                 @Schema(description = "the reply deadline, end of its day in Weihai; null until forwarded")
                                 @JsonProperty("expected_datetime") String expectedDatetime,
                                 @JsonProperty("case_number") String caseNumber,
                                 @Schema(description = "REGISTERED, FORWARDED, REPLIED, CLOSED, REOPENED")
                                 @JsonProperty("lianbao_status") String lianbaoStatus,
                                 boolean overdue) {
    }

    @Operation(summary = "12345 推送工单（Open311 service request）：201 返回 service_request_id；工单号重复 409")
    @PostMapping(consumes = "application/json")
    public ResponseEntity<List<ServiceRequestCreated>> push(@RequestBody ServiceRequestInput body, Locale locale) {
        StaffUser user = requireRole(PUSHERS);
        InputReader in = new InputReader();
        ComplaintCategory category = in.code("service_code", body.serviceCode(), ComplaintCategory.class);
        UtilityService service = in.code("utility_service", body.utilityService(), UtilityService.class);
        in.required("service_code", category);
        in.throwIfAny();
        String ticket;
        try {
            ticket = complaints.register(body.serviceRequestId(), new Complaints.Caller(body.name(), body.phone()),
                    body.description(), category, body.caseNumber(), service, user, Channel.API);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream().map(v -> new FieldViolation(
                    FIELDS.getOrDefault(v.field(), v.field()), v.messageKey(), v.args())).toList());
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}").buildAndExpand(ticket).toUri())
                .body(List.of(new ServiceRequestCreated(ticket, messages.get("open311.notice", locale))));
    }

    @Operation(summary = "查询单个工单的状态（Open311 格式，数组中一项）；没有该工单 404")
    @GetMapping("/{serviceRequestId}")
    public List<ServiceRequest> get(@PathVariable String serviceRequestId, Locale locale) {
        requireRole(READERS);
        return List.of(view(complaints.find(serviceRequestId)
                .orElseThrow(() -> new ComplaintNotFoundException(serviceRequestId)), locale));
    }

    @Operation(summary = "按工单号查询（逗号分隔多个）；未知的工单号不出现在结果中")
    @GetMapping
    public List<ServiceRequest> list(@Parameter(description = "一个或多个工单号，逗号分隔")
                                     @RequestParam(name = "service_request_id", required = false) String ids,
                                     Locale locale) {
        requireRole(READERS);
        if (ids == null || ids.isBlank()) {
            throw InvalidInputException.of("service_request_id", "validation.required");
        }
        return Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .map(complaints::find).flatMap(java.util.Optional::stream).map(c -> view(c, locale)).toList();
    }

    private ServiceRequest view(ComplaintDetails c, Locale locale) {
        String agency = c.toSupervisor() ? messages.get("complaint.addressee.supervisor", locale)
                : c.addressee() == null ? null : messages.enumLabel(c.addressee(), locale);
        return new ServiceRequest(c.ticketNumber(), c.status().isOpen() ? "open" : "closed", notes(c, agency, locale),
                c.category().name(), messages.enumLabel(c.category(), locale), c.content(), agency,
                time(c.registeredAt()), time(c.updatedAt()), endOf(c.dueDate()), c.caseNumber(),
                c.status().name(), c.overdue());
    }

    private String notes(ComplaintDetails c, String agency, Locale locale) {
        String key = "open311.notes." + c.status().name();
        return switch (c.status()) {
            case REGISTERED -> messages.get(key, locale);
            case FORWARDED -> messages.get(key, locale, agency, c.dueDate());
            case REPLIED -> messages.get(key, locale, c.reply());
            case CLOSED -> messages.get(key, locale, c.satisfaction(), Objects.toString(c.reply(), ""));
            case REOPENED -> messages.get(key, locale, c.reopenReason());
        };
    }

    private StaffUser requireRole(Set<Role> roles) {
        StaffUser user = permissions.user();
        if (!roles.contains(user.role())) {
            throw ForbiddenException.generic();
        }
        return user;
    }

    private static String time(Instant at) {
        return at == null ? null : at.atZone(LianbaoApplication.ZONE).toOffsetDateTime().toString();
    }

    private static String endOf(LocalDate day) {
        return day == null ? null
                : day.plusDays(1).atStartOfDay(LianbaoApplication.ZONE).minusSeconds(1).toOffsetDateTime().toString();
    }
}
