package cn.weihai.lianbao.identity.organisation;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.shared.UtilityService;

import java.util.Objects;

/**
 * A utility, approval department, service centre, the approval bureau or the hotline. {@code utility} is set
 * exactly for utilities (the track they work), {@code department} exactly for approval departments.
 */
public record Organisation(String id, String name, OrganisationKind kind, UtilityService utility,
                           Department department, boolean enabled) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if ((kind == OrganisationKind.UTILITY) != (utility != null)) {
            throw new IllegalArgumentException("a utility, and only a utility, has a service: " + id);
        }
        if ((kind == OrganisationKind.APPROVAL_DEPARTMENT) != (department != null)) {
            throw new IllegalArgumentException("an approval department, and only one, has a department: " + id);
        }
    }
}
