package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.ui.EventDescriptions;
import cn.weihai.lianbao.casefile.ui.EventDescriptions.Texts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/** What happened when: the case's events in words, newest first, the latest {@link #LINES} of them. */
@Component
@Order(20)
class TimelineSection implements TraceSection {
    static final int LINES = 30;

    @Override
    public TraceParagraph describe(TraceInput input, Texts texts) {
        EventDescriptions descriptions = new EventDescriptions(texts);
        List<HistoryEntry> history = input.history();
        List<String> lines = history.reversed().stream().limit(LINES)
                .map(h -> texts.get("hotline.trace.when", h.occurredOn().toString(),
                        descriptions.describe(h.event()), h.actor().organisation().isBlank()
                                ? h.actor().displayName() : h.actor().organisation()))
                .toList();
        return new TraceParagraph("trace-timeline", texts.get("hotline.trace.timeline"), lines);
    }
}
