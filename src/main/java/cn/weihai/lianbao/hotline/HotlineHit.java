package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.casefile.api.CaseStatus;

import java.time.LocalDate;

/** One case found by the hotline search, unmasked: the view masks it for the agent. */
public record HotlineHit(String caseNumber, LocalDate acceptedOn, String applicantName, String creditCode,
                         String contactPhone, String projectName, String address, CaseStatus status) {
}
