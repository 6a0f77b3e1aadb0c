package cn.weihai.lianbao.casefile;

import java.util.List;

/** Names the other aggregates whose events belong in a case's timeline (e.g. the complaints about it). */
public interface RelatedAggregates {
    List<String> of(String caseNumber);
}
