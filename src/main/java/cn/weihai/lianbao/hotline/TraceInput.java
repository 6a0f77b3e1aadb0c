package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.HistoryEntry;

import java.util.List;

/** What the trace sections read: the case as it stands and its whole history, read once per page. */
public record TraceInput(CaseDetails details, List<HistoryEntry> history) {
    public TraceInput {
        history = List.copyOf(history);
    }
}
