package cn.weihai.lianbao.identity.organisation;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.shared.UtilityService;

/** What the administrator enters for an organisation; checked by {@link OrganisationAdmin}. */
public record OrganisationDraft(String id, String name, OrganisationKind kind, UtilityService utility,
                                Department department) {
}
