package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.casefile.RelatedAggregates;
import org.springframework.stereotype.Component;

import java.util.List;

/** A case's timeline includes the events of the complaints about it. */
@Component
class ComplaintsOfCase implements RelatedAggregates {
    private final ComplaintQueries queries;

    ComplaintsOfCase(ComplaintQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<String> of(String caseNumber) {
        return queries.ticketsOf(caseNumber);
    }
}
