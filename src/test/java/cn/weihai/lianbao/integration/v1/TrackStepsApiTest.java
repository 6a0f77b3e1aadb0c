package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.LianbaoApplication;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TrackStepsApiTest extends ApiTestSupport {
    private static final String POWER_AND_WATER =
            "[{\"type\": \"POWER\", \"powerCategory\": \"RESIDENTIAL\"}, {\"type\": \"WATER\"}]";

    @Test
    void aStepOutOfOrderIs409NamingTheStateAndTheAllowedSteps() {
        String caseNumber = newCase(daysAgo(5), POWER_AND_WATER);

        Response tooEarly = step("power", caseNumber, "POWER", "CONSTRUCTION_STARTED", null, null);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.errorFields()).containsExactly((String) null);
        assertThat(tooEarly.firstMessage())
                .isEqualTo("供电 当前状态为“已受理”，不能记录“已开工”；可记录：已踏勘、暂停、要求补正、不予受理");

        step("power", caseNumber, "POWER", "SURVEYED", daysAgo(4), null);
        Response inEnglish = post("power", "/api/v1/applications/" + caseNumber + "/tracks/POWER/steps",
                "{\"step\": \"CONNECTED\"}", "en-US,en;q=0.9");
        assertThat(inEnglish.status()).isEqualTo(409);
        assertThat(inEnglish.firstMessage()).isEqualTo("Electricity is \"Surveyed\" and cannot record \"Connected\"; "
                + "allowed steps: Plan issued, Pause, Request supplementary materials, Reject");
    }

    @Test
    void onlyStaffOfThatUtilityRecordSteps() {
        String caseNumber = newCase(daysAgo(5), POWER_AND_WATER);

        for (String user : new String[]{"water", "clerk", "supervisor", "admin", "hotline", "housing"}) {
            assertThat(step(user, caseNumber, "POWER", "SURVEYED", null, null).status()).as(user).isEqualTo(403);
        }
        assertThat(step("water", caseNumber, "POWER", "SURVEYED", null, null).firstMessage()).contains("供水");
        assertThat(step("water", caseNumber, "WATER", "SURVEYED", null, null).status()).isEqualTo(200);
        assertThat(step("gas", caseNumber, "GAS", "SURVEYED", null, null).status()).isEqualTo(409);
    }

    @Test
    void businessDatesAreCheckedAgainstTodayAndThePreviousStep() {
        String caseNumber = newCase(daysAgo(5), POWER_AND_WATER);
        LocalDate today = LocalDate.now(LianbaoApplication.ZONE);

        Response future = step("power", caseNumber, "POWER", "SURVEYED", today.plusDays(1), null);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("occurredOn");
        assertThat(future.firstMessage()).contains(today.toString());

        Response beforeAcceptance = step("power", caseNumber, "POWER", "SURVEYED", daysAgo(6), null);
        assertThat(beforeAcceptance.status()).isEqualTo(400);
        assertThat(beforeAcceptance.errorFields()).containsExactly("occurredOn");

        assertThat(step("power", caseNumber, "POWER", "SURVEYED", daysAgo(2), null).status()).isEqualTo(200);
        Response beforePrevious = step("power", caseNumber, "POWER", "PLAN_ISSUED", daysAgo(3), null);
        assertThat(beforePrevious.status()).isEqualTo(400);
        assertThat(beforePrevious.firstMessage()).isEqualTo("日期不能早于上一办理环节的日期（" + daysAgo(2) + "）");

        Response malformed = post("power", "/api/v1/applications/" + caseNumber + "/tracks/POWER/steps",
                "{\"step\": \"PLAN_ISSUED\", \"occurredOn\": \"yesterday\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("occurredOn");

        Response defaultsToToday = step("power", caseNumber, "POWER", "PLAN_ISSUED", null, null);
        assertThat(track(defaultsToToday, "POWER").path("lastStepOn").asString()).isEqualTo(today.toString());
    }

    @Test
    void badStepRequestsAre400() {
        String caseNumber = newCase(daysAgo(5), POWER_AND_WATER);

        Response pauseWithoutReason = step("power", caseNumber, "POWER", "PAUSED", null, " ");
        assertThat(pauseWithoutReason.status()).isEqualTo(400);
        assertThat(pauseWithoutReason.errorFields()).containsExactly("note");
        assertThat(pauseWithoutReason.firstMessage()).isEqualTo("请填写原因");

        Response unknownStep = step("power", caseNumber, "POWER", "DUG_A_HOLE", null, null);
        assertThat(unknownStep.status()).isEqualTo(400);
        assertThat(unknownStep.errorFields()).containsExactly("step");
        assertThat(unknownStep.firstMessage()).contains("DUG_A_HOLE", "SURVEYED", "CONNECTED");

        Response noStep = post("power", "/api/v1/applications/" + caseNumber + "/tracks/POWER/steps", "{}");
        assertThat(noStep.status()).isEqualTo(400);
        assertThat(noStep.errorFields()).containsExactly("step");

        Response unknownService = step("power", caseNumber, "NUCLEAR", "SURVEYED", null, null);
        assertThat(unknownService.status()).isEqualTo(400);
        assertThat(unknownService.errorFields()).containsExactly("service");

        Response everythingWrong = post("power", "/api/v1/applications/" + caseNumber + "/tracks/NUCLEAR/steps",
                "{\"step\": \"X\", \"occurredOn\": \"2026-02-30\"}");
        assertThat(everythingWrong.errorFields()).containsExactly("service", "step", "occurredOn");

        Response wrongType = post("power", "/api/v1/applications/" + caseNumber + "/tracks/POWER/steps",
                "{\"step\": {\"name\": \"SURVEYED\"}}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("step");
    }

    @Test
    void aTrackRunsToConnection() {
        String caseNumber = newCase(daysAgo(9), POWER_AND_WATER);
        String[] steps = {"SURVEYED", "PLAN_ISSUED", "CONSTRUCTION_STARTED", "CONSTRUCTION_FINISHED",
                "ACCEPTANCE_PASSED", "CONNECTED"};
        Response last = null;
        for (int i = 0; i < steps.length; i++) {
            last = step("power", caseNumber, "POWER", steps[i], daysAgo(8 - i), null);
            assertThat(last.status()).as(steps[i] + ": " + last.body()).isEqualTo(200);
        }
        assertThat(track(last, "POWER").path("status").asString()).isEqualTo("CONNECTED");
        assertThat(track(last, "POWER").path("completedOn").asString()).isEqualTo(daysAgo(3).toString());
        assertThat(track(last, "POWER").path("allowedSteps")).isEmpty();
        assertThat(last.json().path("status").asString()).isEqualTo("IN_PROGRESS");

        Response afterConnection = step("power", caseNumber, "POWER", "PAUSED", null, "再等等");
        assertThat(afterConnection.status()).isEqualTo(409);
        assertThat(afterConnection.firstMessage()).endsWith("可记录：无");
    }
}
