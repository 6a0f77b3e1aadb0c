package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.platform.projection.ProjectionStatus;
import cn.weihai.lianbao.platform.projection.Projections;
import cn.weihai.lianbao.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The event processors (projections) and their rebuild by replay from the event store (administrators). */
@RestController
@Tag(name = "投影 Projections")
@RequestMapping(path = "/api/v1/projections", produces = "application/json")
public class ProjectionsController {
    private final Projections projections;
    private final CurrentUser currentUser;

    ProjectionsController(Projections projections, CurrentUser currentUser) {
        this.projections = projections;
        this.currentUser = currentUser;
    }

    @Operation(summary = "事件处理器及其进度（管理员）：模式、已认领分段、令牌位置与事件存储末端、追平百分比、状态")
    @GetMapping
    public List<ProjectionStatus> list() {
        requireAdmin();
        return projections.all();
    }

    @Operation(summary = "单个事件处理器的进度（管理员），重建时轮询此接口")
    @GetMapping("/{name}")
    public ProjectionStatus get(@PathVariable String name) {
        requireAdmin();
        return projections.status(name);
    }

    @Operation(summary = "重建投影（管理员）：停止处理器、重置令牌（清空投影表）并从头重放；202，随后轮询进度",
            description = "409 for a processor that must not replay (it sends commands) or that is not streaming.")
    @PostMapping("/{name}/rebuild")
    public ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        requireAdmin();
        return ResponseEntity.accepted().body(projections.rebuild(name));
    }

    private void requireAdmin() {
        if (!currentUser.get().map(u -> u.role() == Role.ADMIN).orElse(false)) {
            throw ForbiddenException.generic();
        }
    }
}
