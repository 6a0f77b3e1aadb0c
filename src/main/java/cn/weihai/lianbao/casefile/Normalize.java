package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Project;

/** Trims what people type so the stored facts carry no stray whitespace. */
final class Normalize {
    private Normalize() {
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Applicant applicant(Applicant a) {
        return new Applicant(text(a.name()), text(a.creditCode()), text(a.contactName()), text(a.phone()));
    }

    static Project project(Project p) {
        return new Project(text(p.name()), text(p.code()), text(p.address()), p.district(), p.constructionType());
    }
}
