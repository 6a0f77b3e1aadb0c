package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.hotline.complaint.ComplaintFold.Recorded;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReopened;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintStatus;
import cn.weihai.lianbao.shared.Channel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.weihai.lianbao.hotline.complaint.ComplaintScenariosTest.AGENT;
import static cn.weihai.lianbao.hotline.complaint.ComplaintScenariosTest.CASE;
import static cn.weihai.lianbao.hotline.complaint.ComplaintScenariosTest.TICKET;
import static cn.weihai.lianbao.hotline.complaint.ComplaintScenariosTest.closed;
import static cn.weihai.lianbao.hotline.complaint.ComplaintScenariosTest.forwardedToPower;
import static cn.weihai.lianbao.hotline.complaint.ComplaintScenariosTest.registered;
import static cn.weihai.lianbao.hotline.complaint.ComplaintScenariosTest.replied;
import static org.assertj.core.api.Assertions.assertThat;

/** A complaint as read on a day: overdue once its reply due date has passed without a reply. */
class ComplaintFoldTest {
    static final Instant T0 = Instant.parse("2026-03-10T02:00:00Z");

    private static List<Recorded> recorded(cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintEvent... events) {
        return java.util.stream.IntStream.range(0, events.length)
                .mapToObj(i -> new Recorded(events[i], T0.plusSeconds(60L * i))).toList();
    }

    @Test
    void aForwardedComplaintIsOverdueTheDayAfterItsDueDate() {
        var events = recorded(registered(), forwardedToPower());
        LocalDate due = forwardedToPower().dueDate();
        assertThat(ComplaintFold.fold(events, due).orElseThrow().overdue()).isFalse();
        ComplaintDetails late = ComplaintFold.fold(events, due.plusDays(1)).orElseThrow();
        assertThat(late.overdue()).isTrue();
        assertThat(late.status()).isEqualTo(ComplaintStatus.FORWARDED);
        assertThat(late.updatedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aRepliedComplaintIsNotOverdueAndAReopenedOneForgetsItsVerdict() {
        var replied = recorded(registered(), forwardedToPower(), replied());
        assertThat(ComplaintFold.fold(replied, LocalDate.of(2026, 4, 1)).orElseThrow().overdue()).isFalse();

        var reopened = recorded(registered(), forwardedToPower(), replied(), closed(),
                new ComplaintReopened(TICKET, CASE, "再次来电", LocalDate.of(2026, 3, 20), AGENT, Channel.HOTLINE));
        ComplaintDetails c = ComplaintFold.fold(reopened, LocalDate.of(2026, 3, 20)).orElseThrow();
        assertThat(c.status()).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(c.satisfaction()).isNull();
        assertThat(c.reopenReason()).isEqualTo("再次来电");
        assertThat(c.reopenCount()).isEqualTo(1);
    }

    @Test
    void noRegistrationNoComplaint() {
        assertThat(ComplaintFold.fold(recorded(forwardedToPower()), LocalDate.of(2026, 3, 10))).isEmpty();
    }
}
