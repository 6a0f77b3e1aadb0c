package cn.weihai.lianbao.identity.organisation;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationsTest extends IntegrationTest {

    @Autowired
    Organisations organisations;

    @Test
    void everyUtilityAndDepartmentHasItsOrganisation() {
        Arrays.stream(UtilityService.values()).forEach(service ->
                assertThat(organisations.forUtility(service)).get().extracting(Organisation::kind)
                        .isEqualTo(OrganisationKind.UTILITY));
        Arrays.stream(Department.values()).forEach(department ->
                assertThat(organisations.forDepartment(department)).get().extracting(Organisation::kind)
                        .isEqualTo(OrganisationKind.APPROVAL_DEPARTMENT));
    }

    @Test
    void findsByIdAndName() {
        assertThat(organisations.find("power")).get().extracting(Organisation::utility).isEqualTo(UtilityService.POWER);
        assertThat(organisations.named("威海市政务服务中心")).get().extracting(Organisation::kind)
                .isEqualTo(OrganisationKind.SERVICE_CENTRE);
        assertThat(organisations.find("nobody")).isEmpty();
    }
}
