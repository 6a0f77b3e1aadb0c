package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.integration.v1.ApiRequests.ApplicantInput;
import cn.weihai.lianbao.integration.v1.ApiRequests.ProjectInput;
import cn.weihai.lianbao.integration.v1.ApiRequests.ServiceInput;
import cn.weihai.lianbao.integration.v1.ApiRequests.SubmitApplication;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class IntakeReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("clerk", "窗口", Role.CLERK, "威海市政务服务中心");
    private static final String CREDIT_CODE = CreditCode.complete("91371000MA3C00001");

    private static ApplicantInput applicant() {
        return new ApplicantInput("威海某某置业有限公司", CREDIT_CODE, "张三", "13800000000");
    }

    private static ProjectInput project(String district) {
        return new ProjectInput("某某花园二期", "2603-371002-04-01-000001", "环翠区某路1号", district, "new");
    }

    @Test
    void readsAValidSubmissionDefaultingTheDateToToday() {
        AcceptApplication cmd = IntakeReader.read(new SubmitApplication("GOV_SERVICE_CENTER", null, applicant(),
                project("高区"), List.of(new ServiceInput("POWER", null, "KV10_DUAL"),
                new ServiceInput("WATER", true, null))), TODAY, CLERK);

        assertThat(cmd.caseNumber()).isNull();
        assertThat(cmd.acceptedOn()).isEqualTo(TODAY);
        assertThat(cmd.channel()).isEqualTo(Channel.GOV_SERVICE_CENTER);
        assertThat(cmd.project().district()).isEqualTo(District.TORCH_HIGH_TECH);
        assertThat(cmd.project().constructionType()).isEqualTo(ConstructionType.NEW);
        assertThat(cmd.services().get(0).powerCategory()).isEqualTo(PowerCategory.KV10_DUAL);
        assertThat(cmd.services().get(1).service()).isEqualTo(UtilityService.WATER);
        assertThat(cmd.services().get(1).externalWorks()).isTrue();
    }

    @Test
    void reportsEveryBadFieldOnceAndAtOnce() {
        SubmitApplication bad = new SubmitApplication("FAX", "2026-13-01",
                new ApplicantInput("", CREDIT_CODE.substring(0, 17) + (CREDIT_CODE.endsWith("0") ? "1" : "0"),
                        "张三", "12345"),
                project("青岛市"),
                Arrays.asList(new ServiceInput("SEWAGE", null, null), new ServiceInput("POWER", null, null),
                        new ServiceInput("POWER", null, "KV99"), null,
                        new ServiceInput("TELECOM", true, "RESIDENTIAL")));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> IntakeReader.read(bad, TODAY, CLERK));

        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("channel", "validation.enum.unknown"),
                        tuple("acceptedOn", "validation.date.format"),
                        tuple("applicant.name", "validation.required"),
                        tuple("applicant.creditCode", "validation.creditCode.invalid"),
                        tuple("applicant.phone", "validation.phone.invalid"),
                        tuple("project.district", "validation.enum.unknown"),
                        tuple("services[0].type", "validation.enum.unknown"),
                        tuple("services[1].powerCategory", "validation.required"),
                        tuple("services[2].type", "validation.services.duplicate"),
                        tuple("services[2].powerCategory", "validation.enum.unknown"),
                        tuple("services[3].type", "validation.required"),
                        tuple("services[4].externalWorks",
                                "validation.services.externalWorksNotApplicable"),
                        tuple("services[4].powerCategory",
                                "validation.services.powerCategoryOnlyForPower"));
    }

    @Test
    void anUnknownCodeNamesTheAllowedOnes() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> IntakeReader.read(
                new SubmitApplication("API", "2026-03-11", applicant(), project("环翠区"),
                        List.of(new ServiceInput("WATER", false, null))), TODAY, CLERK));

        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("channel", "validation.channel.notIntake"),
                        tuple("acceptedOn", "validation.date.future"));
    }

    @Test
    void unknownDistrictListsTheDistrictsInChinese() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> IntakeReader.read(
                new SubmitApplication("SHARED_HALL", null, applicant(), project("青岛市"),
                        List.of(new ServiceInput("WATER", false, null))), TODAY, CLERK));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("project.district");
            assertThat(v.args()).containsExactly("青岛市", Arrays.stream(District.values())
                    .map(District::chineseName).toList());
        });
    }

    @Test
    void missingSectionsAreRequired() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> IntakeReader.read(
                new SubmitApplication(null, null, null, null, null), TODAY, CLERK));

        assertThat(e.violations()).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("channel", "applicant", "project", "services");
    }
}
