package cn.weihai.lianbao.integration.v1;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationsApiTest extends ApiTestSupport {
    private static final String ALL_SERVICES = """
            [{"type": "WATER", "externalWorks": false}, {"type": "DRAINAGE"},
             {"type": "POWER", "powerCategory": "KV10_DUAL"}, {"type": "GAS"}, {"type": "HEATING"},
             {"type": "TELECOM"}, {"type": "BROADCAST"}]""";

    @Test
    void submitReadRecordStepsAndTraceTheHistory() {
        LocalDate acceptedOn = daysAgo(10);
        Response created = post("clerk", "/api/v1/applications", submission(acceptedOn, ALL_SERVICES));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseNumber = created.json().path("caseNumber").asString();
        assertThat(caseNumber).matches("LB-" + acceptedOn.getYear() + "-\\d{6}");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/api/v1/applications/" + caseNumber));

        Response read = get("supervisor", "/api/v1/applications/" + caseNumber);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
        JsonNode c = read.json();
        assertThat(c.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(c.path("acceptedOn").asString()).isEqualTo(acceptedOn.toString());
        assertThat(c.path("channel").asString()).isEqualTo("GOV_SERVICE_CENTER");
        assertThat(c.path("applicant").path("creditCode").asString()).isEqualTo(CREDIT_CODE);
        assertThat(c.path("applicant").path("phone").asString()).isEqualTo("13800000000");
        assertThat(c.path("project").path("district").asString()).isEqualTo("环翠区");
        assertThat(c.path("project").path("constructionType").asString()).isEqualTo("NEW");
        assertThat(c.path("tracks")).hasSize(7);
        assertThat(c.path("externalWorksApproval").isNull()).isTrue();
        JsonNode power = track(read, "POWER");
        assertThat(power.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(power.path("powerCategory").asString()).isEqualTo("KV10_DUAL");
        // 10 kV dual power: 18 working days from acceptedOn, the start day not counted
        var calendar = cn.weihai.lianbao.calendar.WorkingDayCalendar.shipped();
        LocalDate today = LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE);
        int used = calendar.workingDaysBetween(acceptedOn, today);
        assertThat(power.path("limitWorkingDays").asInt()).isEqualTo(18);
        assertThat(power.path("dueDate").asString()).isEqualTo(calendar.workingDaysAfter(acceptedOn, 18).toString());
        assertThat(power.path("usedWorkingDays").asInt()).isEqualTo(used);
        assertThat(power.path("remainingWorkingDays").asInt()).isEqualTo(18 - used);
        assertThat(power.path("warning").asString()).isEqualTo(18 - used <= 1 ? "DUE_SOON" : "NONE");
        assertThat(track(read, "WATER").path("limitWorkingDays").asInt()).isEqualTo(7); // direct connection
        for (String clockField : List.of("planReplyLimitWorkingDays", "planReplyDueDate", "completedOn", "onTime")) {
            assertThat(power.has(clockField)).as(clockField).isTrue();
            assertThat(power.path(clockField).isNull()).as(clockField).isTrue();
        }
        assertThat(power.path("allowedSteps").toString()).contains("SURVEYED", "PAUSED", "REJECTED");

        assertThat(step("power", caseNumber, "POWER", "SURVEYED", daysAgo(9), "现场踏勘完成").status()).isEqualTo(200);
        Response planned = step("power", caseNumber, "POWER", "PLAN_ISSUED", daysAgo(8), null);
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertThat(track(planned, "POWER").path("status").asString()).isEqualTo("PLAN_ISSUED");
        assertThat(track(planned, "POWER").path("stage").asString()).isEqualTo("PLAN_ISSUED");
        assertThat(track(planned, "WATER").path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(step("power", caseNumber, "POWER", "CONSTRUCTION_STARTED", daysAgo(5), null).status())
                .isEqualTo(200);
        Response paused = step("power", caseNumber, "POWER", "PAUSED", daysAgo(4), "等待建设单位完成红线内工程");
        assertThat(track(paused, "POWER").path("status").asString()).isEqualTo("PAUSED");
        assertThat(track(paused, "POWER").path("waitingReason").asString()).isEqualTo("等待建设单位完成红线内工程");
        Response resumed = step("power", caseNumber, "POWER", "RESUMED", daysAgo(2), null);
        assertThat(resumed.status()).isEqualTo(200);
        int waited = calendar.workingDaysBetween(daysAgo(4), daysAgo(2));
        assertThat(track(resumed, "POWER").path("dueDate").asString())
                .isEqualTo(calendar.workingDaysAfter(acceptedOn, 18 + waited).toString());

        // the system's 超期 alerts arrive asynchronously from the deadline store: wait for them, bounded
        long alertsExpected = java.util.stream.StreamSupport.stream(read.json().path("tracks").spliterator(), false)
                .filter(t -> calendar.workingDaysAfter(acceptedOn, t.path("limitWorkingDays").asInt()).isBefore(today))
                .count();
        Response history = get("supervisor", "/api/v1/applications/" + caseNumber + "/history");
        for (int i = 0; i < 100 && history.body().split("\"TrackOverdue\"", -1).length - 1 < alertsExpected; i++) {
            sleep(100);
            history = get("supervisor", "/api/v1/applications/" + caseNumber + "/history");
        }
        assertThat(history.status()).isEqualTo(200);
        // besides the staff's steps, the system raised 超期 on every track whose limit had passed
        List<JsonNode> recorded = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        long previous = -1;
        for (JsonNode h : history.json()) {
            assertThat(h.path("sequence").asLong()).isGreaterThan(previous);
            previous = h.path("sequence").asLong();
            if (h.path("type").asString().equals("TrackOverdue")) {
                assertThat(h.path("role").asString()).isEqualTo("SYSTEM");
                assertThat(h.path("channel").asString()).isEqualTo("SYSTEM");
                overdue.add(h.path("service").asString());
            } else {
                recorded.add(h);
            }
        }
        assertThat(recorded).extracting(h -> h.path("type").asString()).containsExactly("ApplicationAccepted",
                "TrackStepRecorded", "TrackStepRecorded", "TrackStepRecorded", "TrackPaused", "TrackResumed");
        List<String> pastLimit = new ArrayList<>();
        read.json().path("tracks").forEach(t -> {
            if (calendar.workingDaysAfter(acceptedOn, t.path("limitWorkingDays").asInt()).isBefore(today)) {
                pastLimit.add(t.path("service").asString());
            }
        });
        assertThat(overdue).containsExactlyInAnyOrderElementsOf(pastLimit);

        JsonNode accepted = recorded.get(0);
        assertThat(accepted.path("sequence").asLong()).isZero();
        assertThat(accepted.path("actor").asString()).isEqualTo("clerk");
        assertThat(accepted.path("role").asString()).isEqualTo("CLERK");
        assertThat(accepted.path("channel").asString()).isEqualTo("GOV_SERVICE_CENTER");
        assertThat(accepted.path("occurredOn").asString()).isEqualTo(acceptedOn.toString());
        assertThat(accepted.path("project").path("district").asString()).isEqualTo("环翠区");
        assertThat(accepted.path("services")).hasSize(7);
        assertThat(accepted.path("services").path(2).path("type").asString()).isEqualTo("POWER");

        JsonNode surveyed = recorded.get(1);
        assertThat(surveyed.path("occurredOn").asString()).isEqualTo(daysAgo(9).toString());
        assertThat(surveyed.path("recordedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*\\+08:00");
        assertThat(surveyed.path("actor").asString()).isEqualTo("power");
        assertThat(surveyed.path("actorName").asString()).isNotBlank();
        assertThat(surveyed.path("role").asString()).isEqualTo("UTILITY_STAFF");
        assertThat(surveyed.path("organisation").asString()).isNotBlank();
        assertThat(surveyed.path("channel").asString()).isEqualTo("API");
        assertThat(surveyed.path("service").asString()).isEqualTo("POWER");
        assertThat(surveyed.path("stage").asString()).isEqualTo("SURVEYED");
        assertThat(surveyed.path("note").asString()).isEqualTo("现场踏勘完成");
        assertThat(recorded.get(4).path("reason").asString()).isEqualTo("等待建设单位完成红线内工程");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        char check = CREDIT_CODE.charAt(17);
        String wrongCheck = CREDIT_CODE.substring(0, 17) + (check == '0' ? '1' : '0');
        Response r = post("clerk", "/api/v1/applications", """
                {"channel": "GOV_SERVICE_CENTER", "acceptedOn": "%s",
                 "applicant": {"name": "威海某某置业有限公司", "creditCode": "%s", "contactName": "张三",
                               "phone": "1380000"},
                 "project": {"name": "某某花园二期", "code": "P-1", "address": "环翠区某路1号",
                             "district": "青岛市", "constructionType": "NEW"},
                 "services": [{"type": "WATER"}, {"type": "ELEVATOR"}, {"type": "WATER"}, {"type": "POWER"}]}
                """.formatted(LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE).plusDays(3), wrongCheck));

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("acceptedOn", "applicant.creditCode",
                "applicant.phone", "project.district", "services[1].type", "services[2].type",
                "services[3].powerCategory");
        assertThat(r.messageOf("applicant.creditCode")).isEqualTo("统一社会信用代码应为18位，且校验位正确（GB 32100-2015）");
        assertThat(r.messageOf("project.district")).contains("青岛市", "环翠区", "南海新区");
        assertThat(r.messageOf("services[1].type")).contains("ELEVATOR", "BROADCAST");
        assertThat(r.messageOf("services[2].type")).contains("供水");
        assertThat(r.messageOf("acceptedOn")).contains(LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE).toString());
    }

    @Test
    void badDatesAndUnknownCodesAreFieldErrorsToo() {
        Response r = post("clerk", "/api/v1/applications", """
                {"channel": "TELEPATHY", "acceptedOn": "02/03/2026",
                 "applicant": {"name": "某公司", "creditCode": "%s", "contactName": "张三", "phone": "13800000000"},
                 "project": {"name": "项目", "code": "P-1", "address": "地址", "district": "环翠区",
                             "constructionType": "DEMOLITION"},
                 "services": [{"type": "POWER", "powerCategory": "KV500"}, {"type": "TELECOM", "externalWorks": true}]}
                """.formatted(CREDIT_CODE));

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("channel", "acceptedOn", "project.constructionType",
                "services[0].powerCategory", "services[1].externalWorks");
        assertThat(r.messageOf("channel")).contains("TELEPATHY", "GOV_SERVICE_CENTER").doesNotContain("STAFF_WORKSPACE");
        assertThat(r.messageOf("acceptedOn")).contains("2026-03-02");
    }

    @Test
    void malformedJsonIsOneErrorWithoutField() {
        Response r = post("clerk", "/api/v1/applications", "{\"channel\": \"GOV_SERVICE_CENTER\", \"applicant\": {");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors")).hasSize(1);
        assertThat(r.firstMessage()).isEqualTo("请求内容不是有效的 JSON");
    }

    @Test
    void aValueOfTheWrongJsonTypeIsNamedByItsPath() {
        Response scalarForList = post("clerk", "/api/v1/applications", submission(daysAgo(1), "\"WATER\""));
        assertThat(scalarForList.status()).isEqualTo(400);
        assertThat(scalarForList.errorFields()).containsExactly("services");

        Response notABoolean = post("clerk", "/api/v1/applications",
                submission(daysAgo(1), "[{\"type\": \"GAS\"}, {\"type\": \"WATER\", \"externalWorks\": \"maybe\"}]"));
        assertThat(notABoolean.status()).isEqualTo(400);
        assertThat(notABoolean.errorFields()).containsExactly("services[1].externalWorks");
        assertThat(notABoolean.firstMessage()).isEqualTo("取值类型不正确");

        Response objectForText = post("clerk", "/api/v1/applications", "{\"applicant\": []}");
        assertThat(objectForText.status()).isEqualTo(400);
        assertThat(objectForText.errorFields()).containsExactly("applicant");
    }

    @Test
    void emptyOrNonJsonBodiesAreBadRequests() {
        assertThat(post("clerk", "/api/v1/applications", "").status()).isEqualTo(400);
        assertThat(post("clerk", "/api/v1/applications", "null").status()).isEqualTo(400);
        assertThat(post("clerk", "/api/v1/applications", "[]").status()).isEqualTo(400);
        Response asText = send("clerk", HttpRequest.newBuilder(uri("/api/v1/applications"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")), null);
        assertThat(asText.status()).isEqualTo(415);
        assertThat(asText.json().path("errors")).hasSize(1);
    }

    @Test
    void englishMessagesWhenAskedFor() {
        Response r = post("clerk", "/api/v1/applications", """
                {"channel": "GOV_SERVICE_CENTER",
                 "applicant": {"name": "某公司", "creditCode": "91371000MA3C0A0B1X", "contactName": "张三", "phone": "1"},
                 "project": {"name": "项目", "code": "P-1", "address": "地址", "district": "环翠区", "constructionType": "NEW"},
                 "services": [{"type": "WATER"}, {"type": "WATER"}]}
                """, "en");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.messageOf("applicant.creditCode"))
                .isEqualTo("A unified social credit code has 18 characters and a valid check character (GB 32100-2015)");
        assertThat(r.messageOf("applicant.phone")).isEqualTo("Enter an 11-digit mobile number");
        assertThat(r.messageOf("services[1].type")).isEqualTo("Water supply is selected more than once");
    }

    @Test
    void onlyTheWindowSubmits() {
        String body = submission(daysAgo(1), "[{\"type\": \"WATER\"}]");
        assertThat(post("power", "/api/v1/applications", body).status()).isEqualTo(403);
        assertThat(post("supervisor", "/api/v1/applications", body).status()).isEqualTo(403);
        assertThat(post("hotline", "/api/v1/applications", body).firstMessage()).isNotBlank();
        assertThat(post("admin", "/api/v1/applications", body).status()).isEqualTo(201);
    }

    @Test
    void withoutCredentialsItIs401() {
        assertThat(get(null, "/api/v1/applications/LB-2026-000001").status()).isEqualTo(401);
        assertThat(post(null, "/api/v1/applications", submission(daysAgo(1), "[{\"type\": \"WATER\"}]")).status())
                .isEqualTo(401);
        Response wrongPassword = send("clerk", "wrong", HttpRequest.newBuilder(uri("/api/v1/applications/x")).GET(), null);
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void anUnknownCaseIs404() {
        Response r = get("hotline", "/api/v1/applications/LB-1999-999999");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.firstMessage()).contains("LB-1999-999999");
        assertThat(get("hotline", "/api/v1/applications/LB-1999-999999/history").status()).isEqualTo(404);
        assertThat(step("power", "LB-1999-999999", "POWER", "SURVEYED", null, null).status()).isEqualTo(404);
        assertThat(post("clerk", "/api/v1/applications/LB-1999-999999/withdrawal", "{}").status()).isEqualTo(404);
    }

    @Test
    void anUnknownApiPathOrMethodIsAJson404NotTheUiPage() {
        Response unknownPath = get("hotline", "/api/v1/nothing");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.firstMessage()).isEqualTo("未找到请求的资源");

        Response wrongMethod = send("clerk", HttpRequest.newBuilder(uri("/api/v1/applications/LB-2026-000001"))
                .DELETE(), null);
        assertThat(wrongMethod.status()).isEqualTo(404);
        assertThat(wrongMethod.json().path("errors")).hasSize(1);
    }

    @Test
    void theWindowWithdrawsAServiceOrTheWholeCase() {
        String caseNumber = newCase(daysAgo(6), "[{\"type\": \"GAS\"}, {\"type\": \"HEATING\"}, {\"type\": \"TELECOM\"}]");

        assertThat(post("gas", "/api/v1/applications/" + caseNumber + "/tracks/GAS/withdrawal", "{}").status())
                .isEqualTo(403);
        Response gasWithdrawn = post("clerk", "/api/v1/applications/" + caseNumber + "/tracks/GAS/withdrawal",
                "{\"reason\": \"建设单位改用其他能源\", \"occurredOn\": \"%s\"}".formatted(daysAgo(5)));
        assertThat(gasWithdrawn.status()).as(gasWithdrawn.body()).isEqualTo(200);
        assertThat(track(gasWithdrawn, "GAS").path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(track(gasWithdrawn, "GAS").path("completedOn").asString()).isEqualTo(daysAgo(5).toString());
        Response again = post("clerk", "/api/v1/applications/" + caseNumber + "/tracks/GAS/withdrawal", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.firstMessage()).isEqualTo("燃气报装已是“已撤回”，不能再撤回");
        assertThat(post("clerk", "/api/v1/applications/" + caseNumber + "/tracks/WATER/withdrawal", "{}").status())
                .isEqualTo(409);

        Response caseWithdrawn = post("clerk", "/api/v1/applications/" + caseNumber + "/withdrawal",
                "{\"reason\": \"项目取消\"}");
        assertThat(caseWithdrawn.status()).as(caseWithdrawn.body()).isEqualTo(200);
        assertThat(caseWithdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(track(caseWithdrawn, "TELECOM").path("status").asString()).isEqualTo("WITHDRAWN");

        Response afterwards = step("telecom", caseNumber, "TELECOM", "SURVEYED", null, null);
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.firstMessage()).contains(caseNumber, "已撤回");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
