package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.Role;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The full history of a case as a file to keep or hand on: CSV for spreadsheets, PDF to print. Both are written
 * when asked for, from the event store, so they always hold every event recorded until then.
 */
@Component
public class HistoryExports {
    /** Who may export a case's history: supervisors, who audit cases, and administrators. */
    public static final Set<Role> EXPORTERS = Set.of(Role.SUPERVISOR, Role.ADMIN);
    public static final String PDF = "application/pdf";

    private final CaseFileQueries queries;
    private final LocalizedMessages messages;
    private final Clock clock;

    public HistoryExports(CaseFileQueries queries, LocalizedMessages messages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    /** The CSV, or empty for an unknown case. */
    public Optional<byte[]> csv(String caseNumber, Locale locale) {
        return history(caseNumber).map(h -> HistoryCsv.render(HistoryTable.of(h, messages, locale)));
    }

    /** The PDF, or empty for an unknown case. */
    public Optional<byte[]> pdf(String caseNumber, Locale locale) {
        return history(caseNumber).map(h -> HistoryPdf.render(caseNumber, HistoryTable.of(h, messages, locale),
                HistoryTable.RECORDED.format(clock.instant()), (key, args) -> messages.get(key, locale, args)));
    }

    public static String fileName(String caseNumber, String extension) {
        return caseNumber + "-history." + extension;
    }

    private Optional<List<HistoryEntry>> history(String caseNumber) {
        List<HistoryEntry> history = queries.timeline(caseNumber);
        return history.isEmpty() ? Optional.empty() : Optional.of(history);
    }
}
