package cn.weihai.lianbao.casefile.form;

import cn.weihai.lianbao.shared.UtilityService;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The materials of the combined application (材料清单, 附件4), in the policy's order, with the services each one
 * is asked for (empty: every application) and whether it is handed in once for every utility (可共享).
 * The names are in {@code forms/application-form.properties} ({@code material.<NAME>}).
 */
enum Material {
    APPLICATION_FORM(false),
    BUSINESS_LICENCE(true),
    LAND_TITLE(true),
    SITE_PLAN(true),
    PIPELINE_LAYOUT(true),
    CONSTRUCTION_DRAWINGS(true),
    WATER_POINTS(true, UtilityService.WATER),
    DRAINAGE_SEPTIC_TANKS(true, UtilityService.DRAINAGE);

    private final boolean shareable;
    private final Set<UtilityService> onlyFor;

    Material(boolean shareable, UtilityService... onlyFor) {
        this.shareable = shareable;
        this.onlyFor = onlyFor.length == 0 ? Set.of() : EnumSet.of(onlyFor[0], onlyFor);
    }

    boolean shareable() {
        return shareable;
    }

    /** The services this material is asked for; empty when every application needs it. */
    Set<UtilityService> onlyFor() {
        return onlyFor;
    }

    /** The checklist of an application with these services. */
    static List<Material> checklist(Collection<UtilityService> services) {
        return java.util.Arrays.stream(values())
                .filter(m -> m.onlyFor.isEmpty() || services.stream().anyMatch(m.onlyFor::contains))
                .toList();
    }
}
