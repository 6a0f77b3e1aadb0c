package cn.weihai.lianbao.e2e;

import cn.weihai.lianbao.approval.ApprovalCases;
import cn.weihai.lianbao.approval.ApprovalQueueQueries;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static org.assertj.core.api.Assertions.assertThat;

/** A department's staff member finds the queue in the navigation and agrees in a real browser. */
class ApprovalQueueBrowserTest extends BrowserTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    ApprovalQueueQueries queries;

    @Test
    void theHighwayDepartmentAgreesFromItsQueue() {
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 5, ApprovalCases.unique());
        ApprovalCases.prepareAndSubmit(commands, caseNumber, ApprovalCases.today().minusDays(1), Department.HIGHWAY,
                Department.BIG_DATA);
        await("asked", () -> queries.isPending(caseNumber, 1, Department.HIGHWAY));
        List<String> errors = new ArrayList<>(); // server errors met on the way
        page.onResponse(r -> {
            if (r.status() >= 500) {
                errors.add(r.status() + " " + r.url());
            }
        });

        signIn("highway");
        page.locator("#nav-approvals").click();
        page.waitForURL(u -> u.endsWith("/approvals"));
        Locator button = page.locator("#opinion-" + caseNumber);
        button.scrollIntoViewIfNeeded();
        button.click();
        page.locator("#opinion-verdict vaadin-radio-button").first().click();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/approval-opinion-dialog.png")));
        page.locator("#opinion-dialog-save").click();
        button.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(queries.isPending(caseNumber, 1, Department.HIGHWAY)).isFalse();

        page.locator("#approvals-tab-decided").click();
        page.locator("#approvals-decided").getByText(caseNumber).waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/approval-decided.png")));
        assertThat(errors).isEmpty();
    }
}
