package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.ui.EventDescriptions;
import cn.weihai.lianbao.shared.LocalizedMessages;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A case's history as rows of text in one language, the same columns as the history on the screen: sequence, event,
 * description, actor, role, organisation, channel, business date, recorded time (Beijing time). The exports
 * (CSV, PDF) are written from it.
 */
public record HistoryTable(List<String> header, List<List<String>> rows) {
    static final DateTimeFormatter RECORDED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(LianbaoApplication.ZONE);
    private static final List<String> COLUMNS = List.of("sequence", "type", "description", "actor", "role",
            "organisation", "channel", "occurredOn", "recordedAt");

    public static HistoryTable of(List<HistoryEntry> history, LocalizedMessages messages, Locale locale) {
        EventDescriptions descriptions = new EventDescriptions((key, args) -> messages.get(key, locale, args));
        List<String> header = COLUMNS.stream().map(c -> messages.get("history.column." + c, locale)).toList();
        List<List<String>> rows = history.stream().map(h -> List.of(
                String.valueOf(h.sequence()),
                descriptions.typeLabel(h.event()),
                descriptions.describe(h.event()),
                h.actor().displayName(),
                messages.enumLabel(h.actor().role(), locale),
                h.actor().organisation(),
                h.channel() == null ? "" : messages.enumLabel(h.channel(), locale),
                h.occurredOn() == null ? "" : h.occurredOn().toString(),
                RECORDED.format(h.recordedAt()))).toList();
        return new HistoryTable(header, rows);
    }
}
