package cn.weihai.lianbao.e2e;

import cn.weihai.lianbao.audit.AuditCase;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import com.microsoft.playwright.Page;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A supervisor opens the audit from the case page in a real browser. */
class AuditBrowserTest extends BrowserTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CaseFileQueries queries;

    @Test
    void aSupervisorOpensTheAuditFromTheCasePage() {
        AuditCase audited = new AuditCase(commands, caseNumbers, queries);
        signIn("supervisor");
        page.navigate(url("/cases/" + audited.caseNumber));

        page.locator("#case-audit-link").click();

        page.waitForURL(u -> u.endsWith("/cases/" + audited.caseNumber + "/audit"));
        assertThat(page.locator("#audit-shown-count")).hasText("显示 5 条，共 5 条");
        assertThat(page.locator("#audit-history-grid")).containsText("暂停计时");
        assertThat(page.locator("#audit-moment-count")).containsText("5 / 5 条");
        assertThat(page.locator("#audit-moment-case #track-power")).isVisible();
        assertThat(page.locator("#audit-export-pdf")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "audit-view.png")));
    }
}
