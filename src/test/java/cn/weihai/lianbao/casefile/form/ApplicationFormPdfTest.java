package cn.weihai.lianbao.casefile.form;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.axonframework.commandhandling.gateway.CommandGateway;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The combined application form of real cases (accepted through Axon on the real database), read back with
 * PDFBox's text extraction: the Chinese comes back as written, so the font is embedded with its Unicode map.
 * Page images land in {@code target/test-scratch} for a look.
 */
class ApplicationFormPdfTest extends IntegrationTest {
    static final Path SCRATCH = Path.of("target", "test-scratch");
    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    // recent enough that no limit has passed (a long-past acceptance would also bring the system's overdue events)
    static final LocalDate ACCEPTED_ON = LocalDate.now(LianbaoApplication.ZONE).minusDays(2);

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CaseFileQueries queries;
    @Autowired
    ApplicationFormPdf forms;

    @Test
    void theFormOfAWaterAndPowerCaseReadsBackInChineseWithItsDueDates() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String caseNumber = caseNumbers.allocate(ACCEPTED_ON);
        AcceptApplication accept = TestCases.waterAndPower(caseNumber, ACCEPTED_ON, "威海海韵置业有限公司" + unique,
                "海韵花园二期" + unique);
        commands.sendAndWait(accept);

        byte[] pdf = forms.forCase(caseNumber).orElseThrow();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            render(doc, "application-form-water-power");
            String text = text(doc);
            WorkingDayCalendar calendar = WorkingDayCalendar.shipped();
            assertThat(text).contains("水电气暖网等联合报装综合申请表", caseNumber,
                    "受理日期" + ACCEPTED_ON.format(CHINESE_DATE), "政务服务中心综合窗口",
                    "受理人员王窗口", "受理单位威海市政务服务中心",
                    "单位名称威海海韵置业有限公司" + unique,
                    "统一社会信用代码" + accept.applicant().creditCode(),
                    "联系人张经理", "联系电话13806310001",
                    "项目名称海韵花园二期" + unique, "项目代码" + accept.project().code(),
                    "项目地址威海市环翠区海滨北路1号", "所在区市环翠区", "建设类型新建",
                    // 序号, 事项, 外线工程, 供电类别, 办理时限, 承诺办结日期 (the start day not counted)
                    "1供水报装否—7个工作日" + due(calendar, 7),
                    "2供电报装否10千伏单电源电网环节11个工作日"
                            + due(calendar, 11),
                    "外线工程联合审批本申请不涉及外线工程。",
                    "申请表（本表）", "营业执照", "土地权属证明文件", "规划总平面图", "综合管线平面布置图",
                    "给水：开发项目供水材料需提供所有用水点", "可共享",
                    "申请人（签章）：", "受理窗口（盖章）：", "受理人员：王窗口", "第1页/共1页", "监督电话：12345");
            // drainage was not applied for: its septic-tank material is not asked for
            assertThat(text).doesNotContain("化粪池", "排水报装");

            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("水电气暖网等联合报装综合申请表 " + caseNumber);
            assertOnlyEmbeddedSubsetFonts(doc);
        }
    }

    @Test
    void everyServiceWithExternalWorksAnd35kVShowsBothPowerClocksAndTheJointApproval() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String caseNumber = caseNumbers.allocate(ACCEPTED_ON);
        commands.sendAndWait(new AcceptApplication(caseNumber, ACCEPTED_ON, Channel.SHARED_HALL,
                new Applicant("威海市文登区城市建设投资发展集团有限公司" + unique, TestCases.creditCode(), "刘工",
                        "13906315555"),
                new Project("文登区经济开发区智能制造产业园（一期）厂房、研发楼及配套基础设施建设项目" + unique,
                        "2026-371003-34-01-" + unique,
                        "威海市文登区经济开发区世纪大道以南、龙山路以东，昆嵛路与香山路交叉口东北侧地块（北至规划路，南至世纪大道）",
                        District.WENDENG, ConstructionType.EXTENSION),
                List.of(new ServiceSelection(UtilityService.WATER, true, null), ServiceSelection.of(UtilityService.DRAINAGE),
                        new ServiceSelection(UtilityService.POWER, false, PowerCategory.KV35_DUAL),
                        new ServiceSelection(UtilityService.GAS, true, null),
                        new ServiceSelection(UtilityService.HEATING, false, null),
                        ServiceSelection.of(UtilityService.TELECOM), ServiceSelection.of(UtilityService.BROADCAST)),
                TestCases.CLERK));

        CaseDetails details = queries.find(caseNumber).orElseThrow();
        byte[] pdf = forms.render(details);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            render(doc, "application-form-all-services");
            String text = text(doc);
            WorkingDayCalendar calendar = WorkingDayCalendar.shipped();
            assertThat(text).contains("受理渠道共享营业厅", "建设类型扩建", "所在区市文登区",
                    "1供水报装是—25个工作日", "2排水报装否—25个工作日",
                    "3供电报装否35千伏及以上双电源电网环节32个工作日供电方案答复20个工作日"
                            + due(calendar, 32) + "方案答复"
                            + due(calendar, 20),
                    "4燃气报装是—10个工作日", "5供暖报装否—4个工作日", "6通信报装否—5个工作日",
                    "7广电报装否—5个工作日",
                    "本申请涉及外线工程（供水、燃气），外线工程由相关部门联合审批、并联办理",
                    "当前：准备审批材料。",
                    "排水：化粪池位置及出水口高程", "给水：开发项目供水材料需提供所有用水点",
                    // the long address wraps, and comes back whole
                    "昆嵛路与香山路交叉口东北侧地块（北至规划路，南至世纪大道）");
            assertThat(text).doesNotContain("?");
            assertOnlyEmbeddedSubsetFonts(doc);
        }
    }

    /** Long texts flow onto a second page (the footer counts the pages); characters the font lacks do not fail. */
    @Test
    void longTextsFlowOntoMorePagesAndUnknownCharactersAreReplaced() throws IOException {
        String caseNumber = caseNumbers.allocate(ACCEPTED_ON);
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, ACCEPTED_ON, "长文本测试有限公司", "长文本项目"));
        CaseDetails d = queries.find(caseNumber).orElseThrow();
        String longName = "威海市长名称测试".repeat(25); // 200 characters, the intake's maximum
        CaseDetails tall = new CaseDetails(d.caseNumber(), d.status(), d.acceptedOn(), d.channel(),
                new Applicant(longName + "\uD83D\uDE00", d.applicant().creditCode(), longName, d.applicant().phone()),
                new Project(longName, d.project().code(), longName + "\n" + longName, d.project().district(),
                        d.project().constructionType()),
                d.acceptedBy(), d.tracks(), d.approval(), d.materials(), d.version());

        try (PDDocument doc = Loader.loadPDF(forms.render(tall))) {
            render(doc, "application-form-long");
            String text = text(doc);
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(text).contains(longName + "?", "第1页/共2页", "第2页/共2页", "申请人（签章）：");
            assertOnlyEmbeddedSubsetFonts(doc);
        }
    }

    /** The promised date {@code n} working days after acceptance, "（暂定）" when it relies on an unannounced year. */
    static String due(WorkingDayCalendar calendar, int n) {
        LocalDate due = calendar.workingDaysAfter(ACCEPTED_ON, n);
        return due.format(CHINESE_DATE) + (calendar.isProvisional(ACCEPTED_ON, due) ? "（暂定）" : "");
    }

    static String text(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        return stripper.getText(doc).replaceAll("\\s+", "");
    }

    /** Every font of every page is embedded, and as a subset (its name has the "ABCDEF+" tag). */
    static void assertOnlyEmbeddedSubsetFonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(((PDType0Font) font).getDescendantFont().isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
        });
    }

    static void render(PDDocument doc, String name) throws IOException {
        Files.createDirectories(SCRATCH);
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            ImageIO.write(renderer.renderImageWithDPI(i, 110), "png", SCRATCH.resolve(name + "-p" + (i + 1) + ".png").toFile());
        }
    }
}
