package cn.weihai.lianbao.calendar;

import cn.weihai.lianbao.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A year stored by another node (straight into calendar_year here) reaches this node's calendar on its next check. */
class CalendarOnOtherNodesTest extends IntegrationTest {
    private static final int FAR_YEAR = 2098;

    @Autowired
    CalendarService calendar;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aYearEnteredOnAnotherNodeIsPickedUpAndSoIsItsRemoval() {
        try {
            jdbc.update("""
                    insert into calendar_year (year, arrangements, notice, announced_by, announced_on)
                    values (?, '[]', '另一节点录入', 'admin', current_date)""", FAR_YEAR);
            calendar.reloadIfChanged();
            assertThat(calendar.current().isAnnounced(FAR_YEAR)).isTrue();
        } finally {
            jdbc.update("delete from calendar_year where year = ?", FAR_YEAR);
        }
        calendar.reloadIfChanged();
        assertThat(calendar.current().isAnnounced(FAR_YEAR)).isFalse();
    }
}
