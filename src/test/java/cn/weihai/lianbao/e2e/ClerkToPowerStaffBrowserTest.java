package cn.weihai.lianbao.e2e;

import cn.weihai.lianbao.casefile.TestCases;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The joint application end to end in a real browser: the window clerk files a three-service application with a
 * material through the intake form; power staff find it in their work queue, record the survey there and the plan
 * reply on the case page; the case page shows both on the power track and in the timeline.
 */
class ClerkToPowerStaffBrowserTest extends BrowserTest {

    @Test
    void aClerkFilesThreeServicesAndPowerStaffRecordTwoStepsTheCasePageShows() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Path licence = Files.createTempFile("licence-", ".pdf");
        Files.writeString(licence, "%PDF-1.4 business licence " + unique, StandardCharsets.UTF_8);
        try {
            String caseNumber = fileApplication(unique, licence);

            page.context().clearCookies();
            signIn("power");
            page.locator("#nav-queue").click();
            page.waitForURL(Pattern.compile(".*/queue$"));
            // the grid renders its rows again for each search: wait until the last one has been applied, so the
            // click goes to the button on screen (an empty result first makes "1" a sure sign of the case's search)
            page.locator("#queue-search input").fill("no such case " + unique);
            assertThat(page.locator("#queue-count")).hasText("共 0 项");
            page.locator("#queue-search input").fill(caseNumber);
            assertThat(page.locator("#queue-count")).hasText("共 1 项");
            page.locator("#queue-record-" + caseNumber + "-power").click();
            recordStep("已踏勘", "现场踏勘完成");
            assertThat(page.locator("#queue-grid")).containsText("已踏勘");

            page.locator("#queue-case-" + caseNumber + "-power").click();
            page.waitForURL(Pattern.compile(".*/cases/" + caseNumber + "$"));
            page.locator("#track-power-record-step").click();
            recordStep("方案已出具", "供电方案已答复");

            assertThat(page.locator("#track-power")).containsText("方案已出具");
            assertThat(page.locator("#track-water")).containsText("已受理");
            assertThat(page.locator("#track-gas")).containsText("已受理");
            assertThat(page.locator("#track-water-record-step")).hasCount(0);
            Locator history = page.locator("#case-history");
            assertThat(history).containsText("供电：已踏勘 — 现场踏勘完成");
            assertThat(history).containsText("供电：方案已出具 — 供电方案已答复");
            assertThat(page.locator("#case-materials")).containsText(licence.getFileName().toString());
        } finally {
            Files.deleteIfExists(licence);
        }
    }

    /** The clerk fills in the intake form for water, power and gas with a business licence; returns the number. */
    private String fileApplication(String unique, Path licence) {
        signIn("clerk");
        page.navigate(url("/intake"));
        page.locator("#intake-applicant-name input").fill("浏览器测试有限公司" + unique);
        page.locator("#intake-credit-code input").fill(TestCases.creditCode());
        page.locator("#intake-contact-name input").fill("张经理");
        page.locator("#intake-phone input").fill("13806310001");
        page.locator("#intake-project-name input").fill("浏览器测试项目" + unique);
        page.locator("#intake-project-code input").fill("2026-371002-70-01-" + unique);
        page.locator("#intake-address input").fill("威海市环翠区海滨北路1号");
        page.locator("#intake-district input").fill("环翠");
        visible(page.locator("vaadin-combo-box-item"), "环翠区").click();
        page.locator("#intake-construction-type vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("新建")).first().click();

        for (String service : new String[]{"water", "power", "gas"}) {
            page.locator("#service-" + service + "-selected input").check();
        }
        page.locator("#service-power-category").click();
        visible(page.locator("vaadin-select-item"), "10千伏单电源").click();

        page.locator("#material-business-licence-upload input[type=file]").setInputFiles(licence);
        assertThat(page.locator("#material-business-licence")).containsText(licence.getFileName().toString());

        page.locator("#intake-submit").click();
        page.waitForURL(Pattern.compile(".*/cases/.+"));
        Locator number = page.locator("#case-number");
        assertThat(number).isVisible();
        assertThat(page.locator("#track-power")).containsText("已受理");
        assertThat(page.locator("#case-materials")).containsText(licence.getFileName().toString());
        return number.textContent().strip();
    }

    /** In the open step dialog: picks the step, writes the note, saves, and waits for the dialog to close. */
    private void recordStep(String stepLabel, String note) {
        Locator dialog = page.locator("#step-dialog-step");
        assertThat(dialog).isVisible();
        dialog.click();
        visible(page.locator("vaadin-select-item"), stepLabel).click();
        page.locator("#step-dialog-note textarea").fill(note);
        page.locator("#step-dialog-save").click();
        assertThat(page.locator("#step-dialog-save")).hasCount(0);
    }

    private static Locator visible(Locator items, String text) {
        return items.filter(new Locator.FilterOptions().setHasText(text).setVisible(true)).first();
    }

}
