package cn.weihai.lianbao.e2e;

import cn.weihai.lianbao.supervision.CaseGenerator;
import cn.weihai.lianbao.supervision.SupervisionFilter;
import cn.weihai.lianbao.supervision.SupervisionQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.regex.Pattern;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Generated cases on the supervision dashboard and the statistics page in chromium. */
class SupervisionBrowserTest extends BrowserTest {
    @Autowired
    CaseGenerator generator;
    @Autowired
    SupervisionQueries queries;

    @Test
    void theSupervisorFiltersTheDashboardAndReadsTheCharts() {
        List<String> numbers = generator.generate(8, 120, 7L);
        String wanted = numbers.getLast();
        await("the generated case in the supervision projection", () -> queries.count(
                SupervisionFilter.ALL.withText(wanted)) > 0);

        signIn("supervisor");
        page.locator("#nav-supervision").click();
        page.waitForURL(u -> u.endsWith("/supervision"));
        assertThat(page.locator("#supervision-open")).hasText(Pattern.compile("\\d+"));
        page.locator("#supervision-search input").fill(wanted);
        assertThat(page.locator("#supervision-count")).hasText(Pattern.compile("共 [1-7] 条事项"));
        assertThat(page.locator("#supervision-list")).containsText(wanted);

        page.locator("#nav-statistics").click();
        page.waitForURL(u -> u.endsWith("/statistics"));
        var chart = page.locator("#statistics-chart-byService-rate svg");
        assertThat(chart).isVisible();
        assertThat(chart).containsText("按期率");
        assertThat(page.locator("#statistics-csv")).hasAttribute("href", Pattern.compile(".+"));
    }
}
