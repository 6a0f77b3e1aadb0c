package cn.weihai.lianbao.casefile.queue.ui;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.queue.QueueFilter;
import cn.weihai.lianbao.casefile.queue.WorkQueueQueries;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.UtilityService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** One utility's work queue never shows another's tracks, whatever the account searches for. */
class CrossUtilityQueueTest extends UiTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    WorkQueueQueries queries;

    @Test
    void aTelecomOnlyCaseIsInTheTelecomQueueAndNoOtherUtilitys() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(LianbaoApplication.ZONE);
        String caseNumber = caseNumbers.allocate(today);
        commands.sendAndWait(TestCases.telecom(caseNumber, today, "隔离测试公司" + unique, "隔离项目" + unique));
        await("the case in the telecom queue",
                () -> queries.count(QueueFilter.of(UtilityService.TELECOM).withText(unique)) == 1);

        List<String> wrong = new ArrayList<>();
        for (String user : List.of("water", "drainage", "power", "gas", "heating", "telecom", "broadcast")) {
            signIn(user);
            UI.getCurrent().navigate(QueueView.class);
            QueueView view = _get(QueueView.class);
            for (String search : List.of(unique, caseNumber, "")) {
                _setValue(view.search, search);
                int rows = (int) GridKt._fetch(view.grid, 0, 10_000).stream()
                        .filter(t -> caseNumber.equals(t.caseNumber())).count();
                if (rows != (user.equals("telecom") ? 1 : 0)) {
                    wrong.add(user + " sees " + rows + " rows of the telecom case searching '" + search + "'");
                }
            }
            if (view.service.isVisible()) {
                wrong.add(user + " may choose another utility's queue");
            }
        }
        assertThat(wrong).isEmpty();
    }
}
