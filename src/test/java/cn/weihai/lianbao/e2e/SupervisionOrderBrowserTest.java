package cn.weihai.lianbao.e2e;

import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import com.microsoft.playwright.Page;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A supervisor issues a 督办 from the case page in a real browser; the bell and the orders page are there. */
class SupervisionOrderBrowserTest extends BrowserTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;

    @Test
    void aSupervisorIssuesAnOrderThroughTheDialog() {
        LocalDate acceptedOn = LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE).minusDays(2);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String caseNumber = caseNumbers.allocate(acceptedOn);
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, acceptedOn, "浏览器督办公司" + unique,
                "浏览器督办项目" + unique));

        signIn("supervisor");
        assertThat(page.locator("#notification-bell")).isVisible();
        page.navigate(url("/cases/" + caseNumber));
        assertThat(page.locator("#case-orders")).containsText("本案件暂无督办事项");
        page.locator("#order-issue").click();
        page.locator("#order-reason textarea").fill("供电方案答复拖延，请限期整改");
        page.locator("#order-working-days input").fill("3");
        page.locator("#order-issue-confirm").click();
        assertThat(page.locator("#order-1")).containsText("第 1 号督办 · 整个案件");
        assertThat(page.locator("#order-1")).containsText("待答复");
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        page.locator("#case-orders").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e-supervision-order.png")));

        page.locator("#nav-orders").click();
        assertThat(page.locator("#orders-grid")).isVisible();
    }
}
