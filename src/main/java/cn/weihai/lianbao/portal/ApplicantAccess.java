package cn.weihai.lianbao.portal;

import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Role;

import java.io.Serializable;

/**
 * A case the applicant proved to be theirs (case number and credit code matched), kept in their session only.
 * Steps they take are recorded as the applicant company.
 */
public record ApplicantAccess(String caseNumber, String creditCode, String applicantName) implements Serializable {

    public Actor actor() {
        return new Actor("applicant:" + creditCode, applicantName, Role.APPLICANT, applicantName);
    }
}
