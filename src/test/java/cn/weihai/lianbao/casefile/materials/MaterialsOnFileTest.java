package cn.weihai.lianbao.casefile.materials;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.MaterialAttached;
import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackLimit;
import cn.weihai.lianbao.casefile.materials.MaterialsOnFile.MaterialOnFile;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 关联历史数据: what the "materials" projection offers for a builder or a project. The events are handed to the
 * projection directly, under case numbers the event store does not know, so nothing else sees them.
 */
class MaterialsOnFileTest extends IntegrationTest {
    @Autowired
    MaterialsProjection projection;
    @Autowired
    MaterialsOnFile onFile;
    @Autowired
    MaterialStore store;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final String builder = TestCases.creditCode();
    private final String project = "2611-371002-04-09-" + unique;

    private ApplicationAccepted accepted(String caseNumber, String creditCode, String projectCode, LocalDate on) {
        var services = List.of(ServiceSelection.of(UtilityService.DRAINAGE));
        return new ApplicationAccepted(caseNumber, on, Channel.SHARED_HALL,
                new Applicant("复用测试有限公司" + unique, creditCode, "李四", "13906310000"),
                new Project("复用测试项目" + unique, projectCode, "文登区某路1号", District.WENDENG,
                        ConstructionType.EXTENSION),
                services, false, List.of(new TrackLimit(UtilityService.DRAINAGE, 25, null)), 0, TestCases.CLERK);
    }

    private MaterialAttached attached(String caseNumber, MaterialType type, StoredFile file, LocalDate on) {
        return new MaterialAttached(caseNumber, type, file.originalName(), file.sha256(), file.size(), null, on,
                TestCases.CLERK, Channel.SHARED_HALL);
    }

    private StoredFile file(String name) throws IOException {
        return store.store(new ByteArrayInputStream(("%PDF-1.7 " + name + unique).getBytes(StandardCharsets.UTF_8)), name, null);
    }

    @Test
    void offersTheShareableMaterialsOfTheSameBuilderOrProjectNewestFirstEachFileOnce() throws IOException {
        String first = "LB-T-" + unique + "-1";
        String second = "LB-T-" + unique + "-2";
        String otherBuilder = "LB-T-" + unique + "-3";
        LocalDate mar2 = LocalDate.of(2026, 3, 2);
        LocalDate mar9 = LocalDate.of(2026, 3, 9);
        StoredFile licence = file("营业执照.pdf");
        StoredFile septic = file("化粪池.dwg");
        StoredFile form = file("申请表.pdf");

        projection.on(accepted(first, builder, "2611-371002-04-08-" + unique, mar2));
        projection.on(attached(first, MaterialType.BUSINESS_LICENCE, licence, mar2), 1);
        projection.on(attached(first, MaterialType.APPLICATION_FORM, form, mar2), 2);
        projection.on(accepted(second, builder, project, mar9));
        projection.on(attached(second, MaterialType.BUSINESS_LICENCE, licence, mar9), 1);
        projection.on(attached(second, MaterialType.DRAINAGE_SEPTIC, septic, mar9), 2);
        projection.on(accepted(otherBuilder, TestCases.creditCode(), project, mar9));

        List<MaterialOnFile> forBuilder = onFile.find(builder, null);
        assertThat(forBuilder).extracting(MaterialOnFile::caseNumber, MaterialOnFile::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(second, MaterialType.DRAINAGE_SEPTIC),
                        org.assertj.core.groups.Tuple.tuple(second, MaterialType.BUSINESS_LICENCE));
        assertThat(forBuilder).allMatch(MaterialOnFile::sameBuilder);

        List<MaterialOnFile> forProject = onFile.find(null, " " + project + " ");
        assertThat(forProject).extracting(MaterialOnFile::fileName).containsExactly("化粪池.dwg", "营业执照.pdf");
        assertThat(forProject).allMatch(m -> m.sameProject() && !m.sameBuilder());
        assertThat(onFile.find(" ", null)).isEmpty();
    }

    @Test
    void aRedeliveredEventChangesNothing() throws IOException {
        String caseNumber = "LB-T-" + unique + "-4";
        LocalDate on = LocalDate.of(2026, 4, 1);
        StoredFile plan = file("规划总平面图.pdf");
        ApplicationAccepted accepted = accepted(caseNumber, builder, project, on);
        MaterialAttached material = attached(caseNumber, MaterialType.SITE_MASTER_PLAN, plan, on);

        projection.on(accepted);
        projection.on(material, 1);
        projection.on(accepted);
        projection.on(material, 1);

        assertThat(onFile.find(builder, project)).singleElement()
                .satisfies(m -> {
                    assertThat(m.caseNumber()).isEqualTo(caseNumber);
                    assertThat(m.sha256()).isEqualTo(plan.sha256());
                    assertThat(m.size()).isEqualTo(plan.size());
                    assertThat(m.attachedOn()).isEqualTo(on);
                });
    }

    @Test
    void aFileWhoseBytesAreNotInTheStoreIsNotOffered() {
        String caseNumber = "LB-T-" + unique + "-5";
        LocalDate on = LocalDate.of(2026, 4, 1);
        projection.on(accepted(caseNumber, builder, project, on));
        projection.on(new MaterialAttached(caseNumber, MaterialType.LAND_TITLE, "土地证.pdf",
                "0".repeat(63) + "1", 10, null, on, TestCases.CLERK, Channel.SHARED_HALL), 1);

        assertThat(onFile.find(builder, null)).isEmpty();
    }
}
