package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The case lookup and the working-day reckoning the complaint aggregate is given, from the case file and calendar. */
@Configuration
class ComplaintSupport {

    @Bean
    CaseLookup complaintCaseLookup(CaseFileQueries cases) {
        return caseNumber -> cases.find(caseNumber).map(ComplaintSupport::services);
    }

    @Bean
    ComplaintDays complaintDays(Clock clock, CalendarService calendar) {
        return new ComplaintDays() {
            @Override
            public LocalDate today() {
                return LocalDate.now(clock);
            }

            @Override
            public LocalDate workingDaysAfter(LocalDate start, int workingDays) {
                return calendar.current().workingDaysAfter(start, workingDays);
            }

            @Override
            public Instant startOf(LocalDate day) {
                return day.atStartOfDay(clock.getZone()).toInstant();
            }
        };
    }

    private static Set<UtilityService> services(CaseDetails c) {
        return c.tracks().stream().map(CaseDetails.TrackDetails::service)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UtilityService.class)));
    }
}
