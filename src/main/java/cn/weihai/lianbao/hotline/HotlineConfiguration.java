package cn.weihai.lianbao.hotline;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class HotlineConfiguration {

    /** Replaced by the complaints package's own {@link ComplaintTickets} bean (the registered-complaint lookup). */
    @Bean
    @ConditionalOnMissingBean(ComplaintTickets.class)
    ComplaintTickets anyNonBlankTicket() {
        return (caseNumber, ticketNumber) -> ticketNumber != null && !ticketNumber.isBlank();
    }
}
