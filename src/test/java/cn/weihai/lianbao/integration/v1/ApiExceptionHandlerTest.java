package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.shared.LocalizedMessagesTest;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionHandlerTest {
    private final ApiExceptionHandler handler = new ApiExceptionHandler(LocalizedMessagesTest.messages());

    private ResponseEntity<ApiExceptionHandler.ApiErrors> answer(Exception e) {
        return handler.handle(e, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aRuleViolationWrappedByAxonIsStillA409() {
        var rule = new RuleViolationException("rule.track.permitRequired", UtilityService.GAS,
                ApprovalStatus.UNDER_REVIEW);

        for (Exception e : new Exception[]{rule, new CommandExecutionException("failed", rule),
                new CommandExecutionException("remote", null, rule)}) {
            var r = answer(e);
            assertThat(r.getStatusCode().value()).isEqualTo(409);
            assertThat(r.getBody().errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isNull();
                assertThat(error.message()).isEqualTo(
                        "燃气报装涉及外线工程，须待外线工程许可核发后才能开工；外线工程审批当前为“联合审批中”");
            });
        }
    }

    @Test
    void axonsOwnFailures() {
        assertThat(answer(new AggregateNotFoundException("LB-2026-000404", "not found")).getStatusCode().value())
                .isEqualTo(404);
        assertThat(answer(new ConcurrencyException("concurrent")).getStatusCode().value()).isEqualTo(409);
        assertThat(answer(new AggregateStreamCreationException("exists")).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void theUnexpectedIsA500WithoutDetails() {
        var r = answer(new IllegalStateException("connection pool exhausted at db-01:5432"));

        assertThat(r.getStatusCode().value()).isEqualTo(500);
        assertThat(r.getBody().errors()).singleElement().satisfies(error ->
                assertThat(error.message()).doesNotContain("pool", "5432").contains("系统内部错误"));
    }
}
