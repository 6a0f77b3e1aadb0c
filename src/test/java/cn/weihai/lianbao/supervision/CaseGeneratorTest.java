package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Generated cases are real cases: accepted and stepped through the command gateway, projected for supervision. */
class CaseGeneratorTest extends IntegrationTest {
    @Autowired
    CaseGenerator generator;
    @Autowired
    CaseFileQueries caseFiles;
    @Autowired
    SupervisionTable table;

    @Test
    void generatedCasesGoThroughTheCommandsAndReachTheSupervisionProjection() {
        List<String> numbers = generator.generate(6, 90, 20261124L);

        assertThat(numbers).hasSize(6).doesNotHaveDuplicates();
        for (String number : numbers) {
            var details = caseFiles.find(number).orElseThrow();
            assertThat(CreditCode.isValid(details.applicant().creditCode())).isTrue();
            await("the supervision rows of " + number, () -> table.ofCase(number).size() == details.tracks().size()
                    && table.ofCase(number).stream().allMatch(t -> t.status().name()
                    .equals(details.tracks().stream().filter(d -> d.service() == t.service()).findFirst()
                            .orElseThrow().status().name())));
        }
        List<SupervisedTrack> tracks = numbers.stream().flatMap(n -> table.ofCase(n).stream()).toList();
        for (SupervisedTrack t : tracks) {
            var clock = caseFiles.find(t.caseNumber()).orElseThrow().track(t.service()).orElseThrow().clock();
            if (!t.isWaiting()) { // a waiting track's due date floats with today
                assertThat(t.dueOn()).as("due date of %s %s", t.caseNumber(), t.service()).isEqualTo(clock.dueDate());
            }
            if (!t.isOpen()) {
                assertThat(t.usedDays()).as("used days of %s %s", t.caseNumber(), t.service())
                        .isEqualTo(clock.usedWorkingDays());
            }
            if (t.status() == TrackStatus.CONNECTED) {
                assertThat(t.onTime()).isEqualTo(clock.onTime());
            }
        }
        assertThat(tracks).extracting(SupervisedTrack::status).contains(TrackStatus.CONNECTED);
        assertThat(tracks).filteredOn(t -> t.status() == TrackStatus.CONNECTED)
                .allMatch(t -> t.onTime() != null && t.endedOn() != null);
    }
}
