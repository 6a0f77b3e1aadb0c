package cn.weihai.lianbao.hotline.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** Today's business date and the working-day count a reply deadline is reckoned with. */
public interface ComplaintDays {
    LocalDate today();

    /** The n-th working day after {@code start} (not counted). */
    LocalDate workingDaysAfter(LocalDate start, int workingDays);

    /** The moment a business day begins in Weihai. */
    Instant startOf(LocalDate day);
}
