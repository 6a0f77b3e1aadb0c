package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.supervision.SupervisedTrack;
import cn.weihai.lianbao.supervision.SupervisionCounts;
import cn.weihai.lianbao.supervision.SupervisionFilter;
import cn.weihai.lianbao.supervision.SupervisionQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * The supervision dashboard (全过程监管) as data: its counts and the newest tracks with their time left, as the screen
 * shows them. Every node answers it from the shared projection and the calendar, so all nodes answer the same.
 */
@RestController
@Tag(name = "全过程监管 Supervision")
@RequestMapping(path = "/api/v1/supervision", produces = "application/json")
public class SupervisionController {
    private static final int MAX_LIMIT = 200;

    private final SupervisionQueries queries;
    private final CasePermissions permissions;

    SupervisionController(SupervisionQueries queries, CasePermissions permissions) {
        this.queries = queries;
        this.permissions = permissions;
    }

    public record TrackRow(String caseNumber, String service, String status, LocalDate dueOn, String warning,
                           Integer workingDaysLeft) {
    }

    public record Dashboard(LocalDate today, SupervisionCounts counts, int tracks, List<TrackRow> newest) {
    }

    @Operation(summary = "全过程监管看板（监管人员、管理员）：计数与最新受理的事项（limit 默认 50，至多 200）")
    @GetMapping("/dashboard")
    public Dashboard dashboard(@RequestParam(required = false) Integer limit) {
        permissions.overseer();
        int size = limit == null ? 50 : Math.clamp(limit, 1, MAX_LIMIT);
        SupervisionFilter all = SupervisionFilter.ALL;
        List<TrackRow> rows = queries.page(all, 0, size).stream().map(this::row).toList();
        return new Dashboard(queries.today(), queries.counts(all), queries.count(all), rows);
    }

    private TrackRow row(SupervisedTrack t) {
        var left = queries.timeLeft(t);
        return new TrackRow(t.caseNumber(), t.service().name(), t.status().name(), t.dueOn(), t.warning().name(),
                left.isPresent() ? left.getAsInt() : null);
    }
}
