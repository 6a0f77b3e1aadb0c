package cn.weihai.lianbao.casefile.list;

import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.District;

/**
 * What the case list is narrowed to; every part is optional.
 *
 * @param text    part of the case number, the applicant's name or the project's name (case-insensitive)
 * @param warning DUE_SOON / OVERDUE: cases with at least one track so marked (临期 / 超期); NONE: cases with no
 *                marked track; null: every case
 */
public record CaseFilter(String text, CaseStatus status, District district, Warning warning) {
    public static final CaseFilter ALL = new CaseFilter(null, null, null, null);

    public CaseFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public CaseFilter withText(String newText) {
        return new CaseFilter(newText, status, district, warning);
    }

    public CaseFilter withStatus(CaseStatus newStatus) {
        return new CaseFilter(text, newStatus, district, warning);
    }

    public CaseFilter withDistrict(District newDistrict) {
        return new CaseFilter(text, status, newDistrict, warning);
    }

    public CaseFilter withWarning(Warning newWarning) {
        return new CaseFilter(text, status, district, newWarning);
    }
}
