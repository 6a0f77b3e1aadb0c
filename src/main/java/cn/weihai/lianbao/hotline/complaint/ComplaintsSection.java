package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.casefile.ui.EventDescriptions.Texts;
import cn.weihai.lianbao.hotline.TraceInput;
import cn.weihai.lianbao.hotline.TraceParagraph;
import cn.weihai.lianbao.hotline.TraceSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The trace view's earlier complaints (工单) about the case and what was answered to them; none: left out. */
@Component
@Order(40)
class ComplaintsSection implements TraceSection {
    private final ComplaintQueries queries;
    private final Complaints complaints;

    ComplaintsSection(ComplaintQueries queries, Complaints complaints) {
        this.queries = queries;
        this.complaints = complaints;
    }

    @Override
    public TraceParagraph describe(TraceInput input, Texts texts) {
        List<String> lines = queries.ticketsOf(input.details().caseNumber()).stream().map(complaints::find)
                .flatMap(Optional::stream).map(c -> line(c, texts)).toList();
        return lines.isEmpty() ? null
                : new TraceParagraph("trace-complaints", texts.get("hotline.trace.complaints"), lines);
    }

    private static String line(ComplaintDetails c, Texts texts) {
        StringBuilder line = new StringBuilder(texts.get("hotline.trace.complaint", c.ticketNumber(),
                c.registeredOn().toString(), texts.label(c.category()), texts.label(c.status())));
        if (c.isForwarded()) {
            String to = c.toSupervisor() ? texts.get("complaint.addressee.supervisor") : texts.label(c.addressee());
            line.append(texts.get("hotline.trace.complaint.forwarded", to, c.dueDate().toString()));
        }
        if (c.overdue()) {
            line.append(texts.get("hotline.trace.complaint.overdue"));
        }
        if (c.reply() != null) {
            line.append(texts.get("hotline.trace.complaint.reply", c.repliedOn().toString(), c.reply()));
        }
        if (c.satisfaction() != null) {
            line.append(texts.get("hotline.trace.complaint.closed", texts.label(c.satisfaction())));
        }
        return line.toString();
    }
}
