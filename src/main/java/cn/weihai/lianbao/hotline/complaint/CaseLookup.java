package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.shared.UtilityService;

import java.util.Optional;
import java.util.Set;

/** What a complaint needs to know of its case: whether it exists, and which services it has. */
@FunctionalInterface
public interface CaseLookup {
    /** The case's services, or empty when there is no such case. */
    Optional<Set<UtilityService>> servicesOf(String caseNumber);
}
