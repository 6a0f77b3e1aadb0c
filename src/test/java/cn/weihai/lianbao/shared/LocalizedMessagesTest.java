package cn.weihai.lianbao.shared;

import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.api.TrackStep;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

public class LocalizedMessagesTest {
    /** The domain bundle as the application loads it (UTF-8, no fallback to the system locale). */
    public static LocalizedMessages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/domain");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new LocalizedMessages(source);
    }

    private final LocalizedMessages messages = messages();
    private final List<Object> stepNotAllowed = List.of(UtilityService.POWER, TrackStep.CONSTRUCTION_STARTED,
            TrackStatus.SURVEYED, List.of(TrackStep.PLAN_ISSUED, TrackStep.PAUSED, TrackStep.SUPPLEMENT_REQUESTED,
                    TrackStep.REJECTED));

    @Test
    void enumArgumentsAreLabelsAndListsAreJoinedTheChineseWay() {
        assertThat(messages.get("rule.track.stepNotAllowed", stepNotAllowed, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("供电 当前状态为“已踏勘”，不能记录“已开工”；可记录：方案已出具、暂停、要求补正、不予受理");
    }

    @Test
    void englishWhenAskedFor() {
        assertThat(messages.get("rule.track.stepNotAllowed", stepNotAllowed, Locale.ENGLISH))
                .isEqualTo("Electricity is \"Surveyed\" and cannot record \"Construction started\"; "
                        + "allowed steps: Plan issued, Pause, Request supplementary materials, Reject");
    }

    @Test
    void anotherLanguageGetsTheChineseDefault() {
        assertThat(messages.get("validation.required", List.of(), Locale.GERMAN)).isEqualTo("必填");
    }

    @Test
    void datesAreIsoAndNumbersAreNotGrouped() {
        assertThat(messages.get("validation.date.future", List.of(LocalDate.of(2026, 3, 2)), Locale.CHINA))
                .isEqualTo("日期不能晚于今天（2026-03-02）");
        assertThat(messages.get("validation.tooLong", List.of(2000), Locale.ENGLISH))
                .isEqualTo("At most 2000 characters");
    }

    @Test
    void anEmptyListSaysSo() {
        assertThat(messages.get("rule.approval.opinionsPending", List.of(List.of()), Locale.CHINA))
                .startsWith("以下部门尚未同意：无");
    }

    @Test
    void enumLabels() {
        assertThat(messages.enumLabel(PowerCategory.LOW_VOLTAGE_THREE_ZERO, Locale.CHINA))
                .isEqualTo("低压非居民“三零”服务");
        assertThat(messages.enumLabel(ConstructionType.EXTENSION, Locale.CHINA)).isEqualTo("扩建");
        assertThat(messages.enumLabel(UtilityService.BROADCAST, Locale.ENGLISH)).isEqualTo("Cable TV");
    }

    @Test
    void anUnknownKeyShowsTheKeyRatherThanFailing() {
        assertThat(messages.get("no.such.key", List.of(), Locale.CHINA)).isEqualTo("no.such.key");
    }
}
