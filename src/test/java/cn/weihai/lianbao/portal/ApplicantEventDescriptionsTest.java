package cn.weihai.lianbao.portal;

import cn.weihai.lianbao.casefile.api.Events.ConnectionRequested;
import cn.weihai.lianbao.casefile.api.Events.ServiceRated;
import cn.weihai.lianbao.casefile.ui.EventDescriptions;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** How the staff timeline and the audit describe the applicant's own steps. */
class ApplicantEventDescriptionsTest {
    static final Actor APPLICANT = new Actor("applicant:91371000MA3C8XKQ5X", "威海海景置业有限公司", Role.APPLICANT,
            "威海海景置业有限公司");
    static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    static EventDescriptions in(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/domain", "i18n/ui", "i18n/portal");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new EventDescriptions((key, args) -> messages.getMessage(key, args, "!" + key, locale));
    }

    @Test
    void aConnectionRequestNamesTheServiceAndTheApplicantsNote() {
        var requested = new ConnectionRequested("LB-1", UtilityService.GAS, "红线内工程已完工", DAY, APPLICANT,
                Channel.ONLINE);
        assertThat(in(Locale.SIMPLIFIED_CHINESE).describe(requested)).isEqualTo("燃气：申请人自主提出接通申请 — 红线内工程已完工");
        assertThat(in(Locale.ENGLISH).describe(requested)).isEqualTo("Gas: the applicant asked for connection — 红线内工程已完工");
        assertThat(in(Locale.SIMPLIFIED_CHINESE).typeLabel(requested)).isEqualTo("申请接通");
    }

    @Test
    void aRatingNamesTheStarsAndTheComment() {
        var rated = new ServiceRated("LB-1", UtilityService.POWER, 2, "等待时间太长", DAY, APPLICANT, Channel.ONLINE);
        assertThat(in(Locale.SIMPLIFIED_CHINESE).describe(rated)).isEqualTo("供电：申请人评价 2 星 — 等待时间太长");
        assertThat(in(Locale.ENGLISH).describe(new ServiceRated("LB-1", UtilityService.POWER, 5, null, DAY,
                APPLICANT, Channel.ONLINE))).isEqualTo("Electricity: the applicant rated 5 stars");
    }
}
