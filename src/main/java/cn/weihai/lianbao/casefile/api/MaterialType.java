package cn.weihai.lianbao.casefile.api;

import java.util.Locale;

/**
 * The kinds of material of the materials list (材料清单, 附件4), plus the commitment letter of the external-works
 * approval and "other". {@code shareable} (可共享): handed in once, visible to every utility on the case and offered
 * for reuse to later applications of the same builder or project. {@code cadDrawing}: the water and drainage
 * drawings must be final and in CAD format (.dwg or .dxf).
 */
public enum MaterialType {
    /** 申请表. */
    APPLICATION_FORM(false, false),
    /** 营业执照. */
    BUSINESS_LICENCE(true, false),
    /** 土地权属证明文件. */
    LAND_TITLE(true, false),
    /** 规划总平面图. */
    SITE_MASTER_PLAN(true, false),
    /** 综合管线平面布置图. */
    PIPELINE_LAYOUT(true, false),
    /** 施工图设计资料（包括配电室、换热站、泵房、机房等相关设计图）. */
    CONSTRUCTION_DRAWINGS(true, false),
    /** 给水：所有用水点. */
    WATER_USE_POINTS(true, true),
    /** 排水：化粪池位置及出水口高程. */
    DRAINAGE_SEPTIC(true, true),
    /** 告知承诺书 (external-works approval under the notification-commitment system). */
    COMMITMENT_LETTER(false, false),
    /** 其他材料. */
    OTHER(false, false);

    private final boolean shareable;
    private final boolean cadDrawing;

    MaterialType(boolean shareable, boolean cadDrawing) {
        this.shareable = shareable;
        this.cadDrawing = cadDrawing;
    }

    public boolean shareable() {
        return shareable;
    }

    public boolean cadDrawing() {
        return cadDrawing;
    }

    /** Whether {@code fileName} is acceptable for this type: CAD drawings must end in .dwg or .dxf. */
    public boolean accepts(String fileName) {
        if (!cadDrawing) {
            return true;
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".dwg") || name.endsWith(".dxf");
    }
}
