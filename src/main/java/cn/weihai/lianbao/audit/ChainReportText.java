package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.audit.ChainReport.BrokenChain;

/** The report as plain text for the command line and the log (English: operators' tooling). */
public final class ChainReportText {
    private ChainReportText() {
    }

    public static String of(ChainReport report) {
        StringBuilder text = new StringBuilder()
                .append("Event hash chain verification: ").append(report.intact() ? "INTACT" : "BROKEN").append('\n')
                .append("  aggregates checked: ").append(report.aggregatesChecked()).append('\n')
                .append("  events checked:     ").append(report.eventsChecked()).append('\n')
                .append("  unchained (before the chain existed): ").append(report.unchainedEvents()).append('\n')
                .append("  duration: ").append(report.duration().toMillis()).append(" ms\n");
        for (BrokenChain b : report.broken()) {
            text.append("  BROKEN ").append(b.aggregateId())
                    .append(" at sequence ").append(b.sequence())
                    .append(": ").append(b.reason())
                    .append(b.eventId() == null ? "" : " (event " + b.eventId() + ", " + b.payloadType() + ")")
                    .append('\n');
        }
        return text.toString();
    }
}
