package cn.weihai.lianbao.e2e;

import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An applicant follows the login page's link and looks up their case without signing in. */
class ProgressBrowserTest extends BrowserTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    JdbcTemplate jdbc;

    String caseNumber;

    /** The browser's one failed look-up counts against localhost: leave no trace for the other tests. */
    @AfterEach
    void forgetFailures() {
        jdbc.update("DELETE FROM portal_lookup_failure WHERE case_number = ?", caseNumber);
    }

    @Test
    void applicantLooksUpTheCaseAndAsksForConnectionWithoutSigningIn() {
        LocalDate acceptedOn = LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE).minusDays(2);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        caseNumber = caseNumbers.allocate(acceptedOn);
        AcceptApplication accept = TestCases.telecom(caseNumber, acceptedOn, "浏览器查询置业" + unique,
                "浏览器查询花园" + unique);
        commands.sendAndWait(accept);
        for (TrackStep step : List.of(TrackStep.SURVEYED, TrackStep.PLAN_ISSUED, TrackStep.CONSTRUCTION_STARTED,
                TrackStep.CONSTRUCTION_FINISHED)) {
            commands.sendAndWait(TestCases.telecomStep(caseNumber, step, acceptedOn.plusDays(1), null));
        }

        page.navigate(url("/login"));
        page.locator("#login-progress-link").click();
        page.waitForURL(u -> u.endsWith("/progress"));
        page.locator("#progress-case-number input").fill(caseNumber);
        page.locator("#progress-credit-code input").fill(TestCases.creditCode());
        page.locator("#progress-search").click();
        assertThat(page.locator("#progress-error")).hasText("案件编号或统一社会信用代码不正确");

        page.locator("#progress-credit-code input").fill(accept.applicant().creditCode());
        page.locator("#progress-search").click();
        page.waitForURL(u -> u.endsWith("/progress/case"));
        assertThat(page.locator("#progress-case-title")).containsText(caseNumber);
        assertThat(page.locator("#track-telecom")).containsText("已完工");
        assertThat(page.locator("body")).containsText("浏览器查询花园" + unique);

        page.locator("#progress-telecom-connect").click();
        page.locator("#progress-connect-note textarea").fill("红线内工程已完工，可随时验收");
        page.locator("#progress-connect-dialog-save").click();
        assertThat(page.locator("#progress-telecom-requested")).containsText("提出接通申请");
    }
}
