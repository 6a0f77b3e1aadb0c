package cn.weihai.lianbao.hotline.complaint;

import java.time.LocalDate;

/** The payload of a complaint's reply deadline: the due date it was set for (a later forwarding sets another). */
public record ReplyDue(String ticketNumber, LocalDate dueDate) {
}
