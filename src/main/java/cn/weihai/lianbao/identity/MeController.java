package cn.weihai.lianbao.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the API credentials belong to. */
@RestController
@Tag(name = "账号 Account")
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Operation(summary = "当前凭据所属的账号（用户名、角色、单位）")
    @GetMapping("/api/v1/me")
    StaffUser me() {
        return currentUser.get().orElseThrow();
    }
}
