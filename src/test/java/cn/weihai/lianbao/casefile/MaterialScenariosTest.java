package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.Commands.AttachMaterial;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.MaterialAttached;
import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.weihai.lianbao.casefile.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** 材料清单: shared materials handed in once, as part of the case; water/drainage drawings in CAD format. */
class MaterialScenariosTest {
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String OTHER_SHA = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";
    private static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);
    private static final Channel COUNTER = Channel.GOV_SERVICE_CENTER;

    private AggregateTestFixture<CombinedApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static AttachMaterial attach(MaterialType type, String fileName, String sha256, long size,
                                         String reusedFrom) {
        return new AttachMaterial(CASE, type, fileName, sha256, size, reusedFrom, ACCEPTED_ON, CLERK, COUNTER);
    }

    private static MaterialAttached attached(MaterialType type, String fileName, String sha256, long size,
                                             String reusedFrom) {
        return new MaterialAttached(CASE, type, fileName, sha256, size, reusedFrom, ACCEPTED_ON, CLERK, COUNTER);
    }

    @Test
    void clerkHandsInTheBusinessLicenceAtIntake() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER))
                .when(attach(MaterialType.BUSINESS_LICENCE, " 营业执照.pdf ", SHA.toUpperCase(), 2048, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(attached(MaterialType.BUSINESS_LICENCE, "营业执照.pdf", SHA, 2048, null));
    }

    @Test
    void aWaterDrawingInCadFormatIsAccepted() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER))
                .when(attach(MaterialType.WATER_USE_POINTS, "用水点.DWG", SHA, 4096, null))
                .expectEvents(attached(MaterialType.WATER_USE_POINTS, "用水点.DWG", SHA, 4096, null));
    }

    @Test
    void waterAndDrainageDrawingsMustBeCad() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER))
                .when(attach(MaterialType.WATER_USE_POINTS, "用水点.pdf", SHA, 4096, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(allOf(containsString("fileName"),
                        containsString("validation.material.cadRequired")))
                .expectNoEvents();
        fixture.given(accepted(DIRECT_ONLY))
                .when(attach(MaterialType.DRAINAGE_SEPTIC, "化粪池.jpg", SHA, 4096, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("validation.material.cadRequired"))
                .expectNoEvents();
        assertThat(MaterialType.DRAINAGE_SEPTIC.accepts("化粪池.dxf")).isTrue();
        assertThat(MaterialType.SITE_MASTER_PLAN.accepts("总平面图.pdf")).isTrue();
    }

    @Test
    void aMaterialNeedsAValidDigestAndContent() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(attach(MaterialType.LAND_TITLE, " ", "abc", 0, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(allOf(containsString("fileName"), containsString("validation.required"),
                        containsString("validation.sha256.invalid"), containsString("validation.material.empty")))
                .expectNoEvents();
    }

    @Test
    void aReusedFileNamesTheCaseItCameFrom() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(attach(MaterialType.SITE_MASTER_PLAN, "总平面图.pdf", SHA, 10, "LB-2025-000007"))
                .expectEvents(attached(MaterialType.SITE_MASTER_PLAN, "总平面图.pdf", SHA, 10, "LB-2025-000007"));
    }

    @Test
    void theSameFileIsNotAttachedTwiceAsTheSameMaterial() {
        fixture.given(accepted(DIRECT_ONLY), attached(MaterialType.LAND_TITLE, "土地证.pdf", SHA, 10, null))
                .when(attach(MaterialType.LAND_TITLE, "土地证（副本）.pdf", SHA, 10, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.material.alreadyAttached"))
                .expectNoEvents();
        // the same bytes may be a different material, and another file the same material
        fixture.given(accepted(DIRECT_ONLY), attached(MaterialType.LAND_TITLE, "土地证.pdf", SHA, 10, null))
                .when(attach(MaterialType.LAND_TITLE, "土地证2.pdf", OTHER_SHA, 10, null))
                .expectEvents(attached(MaterialType.LAND_TITLE, "土地证2.pdf", OTHER_SHA, 10, null));
    }

    @Test
    void aWithdrawnCaseTakesNoMoreMaterials() {
        fixture.given(accepted(DIRECT_ONLY),
                        new ApplicationWithdrawn(CASE, "项目取消", MAR_3, CLERK, Channel.STAFF_WORKSPACE))
                .when(attach(MaterialType.BUSINESS_LICENCE, "营业执照.pdf", SHA, 2048, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.case.withdrawn"))
                .expectNoEvents();
    }

    @Test
    void theBusinessDateIsNeitherInTheFutureNorBeforeTheAcceptance() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(new AttachMaterial(CASE, MaterialType.OTHER, "说明.pdf", SHA, 1, null,
                        ACCEPTED_ON.minusDays(1), CLERK, COUNTER))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("validation.date.beforePrevious"));
        fixture.given(accepted(DIRECT_ONLY))
                .when(new AttachMaterial(CASE, MaterialType.OTHER, "说明.pdf", SHA, 1, null, null, WATER_STAFF,
                        Channel.STAFF_WORKSPACE))
                .expectEvents(new MaterialAttached(CASE, MaterialType.OTHER, "说明.pdf", SHA, 1, null, TODAY,
                        WATER_STAFF, Channel.STAFF_WORKSPACE));
    }

    @Test
    void theCaseListsItsMaterialsOldestFirst() {
        var events = List.of(accepted(DIRECT_ONLY),
                attached(MaterialType.BUSINESS_LICENCE, "营业执照.pdf", SHA, 2048, null),
                attached(MaterialType.DRAINAGE_SEPTIC, "化粪池.dwg", OTHER_SHA, 4096, "LB-2025-000007"));
        CaseDetails details = CaseDetailsFold.fold(events,
                new CaseDetailsFold.ClockContext(new CalendarService().current(), TODAY, 1)).orElseThrow();
        assertThat(details.materials()).extracting(CaseDetails.Material::type, CaseDetails.Material::fileName,
                        CaseDetails.Material::reusedFromCase)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MaterialType.BUSINESS_LICENCE, "营业执照.pdf", null),
                        org.assertj.core.groups.Tuple.tuple(MaterialType.DRAINAGE_SEPTIC, "化粪池.dwg",
                                "LB-2025-000007"));
        assertThat(details.materials().getFirst().attachedOn()).isEqualTo(ACCEPTED_ON);
        assertThat(details.materials().getFirst().actor()).isEqualTo(CLERK);
        assertThat(details.version()).isEqualTo(2);
    }
}
