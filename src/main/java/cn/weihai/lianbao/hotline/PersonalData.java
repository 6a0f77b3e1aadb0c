package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.shared.Role;

/**
 * The one place that masks personal data for the 12345 hotline (坐席 see a case's people masked until they reveal
 * them for a registered complaint). The applicant company's name stays visible: it is a legal entity, not a person.
 */
public final class PersonalData {
    private PersonalData() {
    }

    /** Whether the signed-in user sees people's data masked: the 12345 hotline does (until it reveals them). */
    public static boolean maskedFor(CurrentUser currentUser) {
        return currentUser.get().map(u -> u.role() == Role.HOTLINE).orElse(false);
    }

    /** The applicant as a hotline agent sees it before revealing: the company name stays (a legal entity). */
    public static Applicant masked(Applicant applicant) {
        return new Applicant(applicant.name(), maskCreditCode(applicant.creditCode()),
                maskName(applicant.contactName()), maskPhone(applicant.phone()));
    }

    /** 13800000000 → 138****0000; shorter numbers keep only their last two digits. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        if (p.length() >= 11) {
            return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
        }
        return p.length() <= 2 ? "*".repeat(p.length()) : "*".repeat(p.length() - 2) + p.substring(p.length() - 2);
    }

    /** A person's name: 王明 → 王*, 王小明 → 王*明, 欧阳小明 → 欧**明; the family name and, from three characters, the last. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return masked.append('*').toString();
        }
        masked.append("*".repeat(cps.length - 2));
        return masked.appendCodePoint(cps[cps.length - 1]).toString();
    }

    /** 统一社会信用代码 (18 characters): the first four and last four stay, 9137****…**12AB style. */
    public static String maskCreditCode(String code) {
        if (code == null || code.isBlank()) {
            return code;
        }
        String c = code.strip();
        if (c.length() <= 8) {
            return "*".repeat(c.length());
        }
        return c.substring(0, 4) + "*".repeat(c.length() - 8) + c.substring(c.length() - 4);
    }
}
