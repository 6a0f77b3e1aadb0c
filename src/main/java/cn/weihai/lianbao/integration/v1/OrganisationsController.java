package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.apikey.ApiCall;
import cn.weihai.lianbao.identity.apikey.ApiKey;
import cn.weihai.lianbao.identity.apikey.ApiKeys;
import cn.weihai.lianbao.identity.apikey.IssuedApiKey;
import cn.weihai.lianbao.identity.organisation.Organisation;
import cn.weihai.lianbao.identity.organisation.OrganisationAdmin;
import cn.weihai.lianbao.identity.organisation.OrganisationDraft;
import cn.weihai.lianbao.identity.organisation.OrganisationKind;
import cn.weihai.lianbao.identity.organisation.OrganisationNotFoundException;
import cn.weihai.lianbao.identity.organisation.Organisations;
import cn.weihai.lianbao.shared.UtilityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;

/** The administrator's organisations and their API keys (issue 7). */
@RestController
@RolesAllowed("ADMIN")
@Tag(name = "机构与接口密钥 Organisations and API keys")
@RequestMapping(path = "/api/v1/organisations", produces = "application/json")
public class OrganisationsController {

    public record OrganisationInput(String id, String name, String kind, String utility, String department,
                                    Boolean enabled) {
    }

    public record KeyInput(String label) {
    }

    public record KeyView(String id, String organisationId, String label, String prefix, String createdBy,
                          Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static KeyView of(ApiKey key) {
            return new KeyView(key.id(), key.organisationId(), key.label(), key.shownPrefix(), key.createdBy(),
                    key.createdAt(), key.lastUsedAt(), key.revokedAt());
        }
    }

    /** The only answer that ever carries the whole key. */
    public record IssuedKeyView(KeyView key, String apiKey) {
    }

    private final Organisations organisations;
    private final OrganisationAdmin admin;
    private final ApiKeys keys;
    private final CurrentUser currentUser;

    OrganisationsController(Organisations organisations, OrganisationAdmin admin, ApiKeys keys,
                            CurrentUser currentUser) {
        this.organisations = organisations;
        this.admin = admin;
        this.keys = keys;
        this.currentUser = currentUser;
    }

    @Operation(summary = "机构列表（管理员）")
    @GetMapping
    public List<Organisation> list() {
        return organisations.all();
    }

    @Operation(summary = "查看机构（管理员）")
    @GetMapping("/{id}")
    public Organisation get(@PathVariable String id) {
        return existing(id);
    }

    @Operation(summary = "新增机构（管理员）")
    @PostMapping
    public ResponseEntity<Organisation> create(@RequestBody OrganisationInput body) {
        Organisation created = admin.create(draft(body.id(), body));
        if (Boolean.FALSE.equals(body.enabled())) {
            created = admin.setEnabled(created.id(), false);
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}").buildAndExpand(created.id()).toUri()).body(created);
    }

    @Operation(summary = "修改机构名称、类别、所属事项或部门，启用或停用（管理员）")
    @PutMapping("/{id}")
    public Organisation update(@PathVariable String id, @RequestBody OrganisationInput body) {
        existing(id);
        Organisation updated = admin.update(id, draft(id, body));
        return body.enabled() == null ? updated : admin.setEnabled(id, body.enabled());
    }

    @Operation(summary = "机构的接口密钥（不含密钥本身）")
    @GetMapping("/{id}/api-keys")
    public List<KeyView> keys(@PathVariable String id) {
        existing(id);
        return keys.of(id).stream().map(KeyView::of).toList();
    }

    @Operation(summary = "创建接口密钥：apiKey 只在此应答中出现一次")
    @PostMapping("/{id}/api-keys")
    public ResponseEntity<IssuedKeyView> issue(@PathVariable String id, @RequestBody(required = false) KeyInput body) {
        IssuedApiKey issued = keys.issue(id, body == null ? null : body.label(), currentUser.actor());
        return ResponseEntity.status(201).body(new IssuedKeyView(KeyView.of(issued.key()), issued.token()));
    }

    @Operation(summary = "吊销接口密钥")
    @PostMapping("/{id}/api-keys/{keyId}/revoke")
    public KeyView revoke(@PathVariable String id, @PathVariable String keyId) {
        return KeyView.of(keys.revoke(id, keyId, currentUser.actor()));
    }

    @Operation(summary = "该密钥最近 100 次调用")
    @GetMapping("/{id}/api-keys/{keyId}/calls")
    public List<ApiCall> calls(@PathVariable String id, @PathVariable String keyId) {
        return keys.calls(keys.find(id, keyId).id());
    }

    private Organisation existing(String id) {
        return organisations.find(id).orElseThrow(() -> new OrganisationNotFoundException(id));
    }

    private static OrganisationDraft draft(String id, OrganisationInput body) {
        InputReader in = new InputReader();
        OrganisationKind kind = in.code("kind", body.kind(), OrganisationKind.class);
        UtilityService utility = in.code("utility", body.utility(), UtilityService.class);
        Department department = in.code("department", body.department(), Department.class);
        in.throwIfAny();
        return new OrganisationDraft(id, body.name(), kind, utility, department);
    }
}
