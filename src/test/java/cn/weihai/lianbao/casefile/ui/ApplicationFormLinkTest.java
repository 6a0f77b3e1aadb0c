package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The case page's "下载综合申请表（PDF）" link, and what its download answers. */
class ApplicationFormLinkTest extends UiTest {
    static final LocalDate ACCEPTED_ON = LocalDate.now(LianbaoApplication.ZONE).minusDays(1);

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;

    @Test
    void theCasePageOffersTheFormAndItsDownloadIsThePdfOfTheCase() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String caseNumber = caseNumbers.allocate(ACCEPTED_ON);
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, ACCEPTED_ON, "下载测试有限公司" + unique,
                "下载测试项目" + unique));
        signIn("supervisor"); // not "hotline": agents see no form until they reveal the personal data

        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, caseNumber));

        ApplicationFormLink link = _get(ApplicationFormLink.class);
        assertThat(link.getText()).isEqualTo("下载综合申请表（PDF）");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        String href = link.getHref();
        assertThat(href).isNotBlank();

        ElementStreamResource resource = (ElementStreamResource) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(URI.create(href)).orElseThrow();
        FakeResponse servletResponse = new FakeResponse();
        resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(),
                new VaadinServletResponse(servletResponse, (VaadinServletService) VaadinSession.getCurrent().getService()),
                VaadinSession.getCurrent(), resource.getOwner());

        assertThat(servletResponse.getContentType()).isEqualTo("application/pdf");
        assertThat(servletResponse.getHeader("Content-Disposition")).contains("attachment", caseNumber + ".pdf");
        try (PDDocument doc = Loader.loadPDF(servletResponse.getBuffer().toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains(caseNumber, "下载测试有限公司" + unique, "供水报装", "供电报装");
        }
    }

    @Test
    void inEnglishTheLinkIsEnglishButTheFormStaysChinese() {
        String caseNumber = caseNumbers.allocate(ACCEPTED_ON);
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, ACCEPTED_ON, "英文界面测试有限公司", "英文界面项目"));
        signIn("clerk");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, caseNumber));

        assertThat(_get(ApplicationFormLink.class).getText()).isEqualTo("Download application form (PDF)");
    }
}
