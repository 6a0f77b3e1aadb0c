package cn.weihai.lianbao.e2e;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SignInBrowserTest extends BrowserTest {

    @Test
    void clerkSignsInAndSeesTheCaseListInChinese() {
        signIn("clerk");
        assertThat(page.locator("vaadin-grid").first()).isVisible();
        assertThat(page.locator("body")).containsText("案件");
    }
}
