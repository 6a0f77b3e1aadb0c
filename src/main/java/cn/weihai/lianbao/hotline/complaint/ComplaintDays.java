package cn.weihai.lianbao.hotline.complaint;

import java.time.LocalDate;

/** Today's business date and the working-day count a reply deadline is reckoned with. */
public interface ComplaintDays {
    LocalDate today();

    /** The n-th working day after {@code start} (not counted). */
    LocalDate workingDaysAfter(LocalDate start, int workingDays);
}
