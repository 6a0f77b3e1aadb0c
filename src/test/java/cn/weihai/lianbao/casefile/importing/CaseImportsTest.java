package cn.weihai.lianbao.casefile.importing;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.TrackDetails;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CaseImportsTest extends IntegrationTest {
    static final Actor CLERK = new Actor("clerk", "窗口人员", Role.CLERK, "威海市政务服务中心");

    @Autowired
    CaseImports imports;
    @Autowired
    ImportBatches batches;
    @Autowired
    CaseFileQueries cases;
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFileWithGoodAndBadRowsReportsEveryBadRowAndImportsNothing() {
        Map<ImportColumn, String> good = ImportFiles.validRow(ImportFiles.daysAgo(40));
        Map<ImportColumn, String> badCodes = ImportFiles.validRow(ImportFiles.daysAgo(40));
        badCodes.put(ImportColumn.CREDIT_CODE, "91371000MA3C0A0B10");
        badCodes.put(ImportColumn.PHONE, "12345");
        Map<ImportColumn, String> badDistrict = ImportFiles.validRow(ImportFiles.daysAgo(40));
        badDistrict.put(ImportColumn.DISTRICT, "青岛市");
        Map<ImportColumn, String> noPowerCategory = ImportFiles.validRow(ImportFiles.daysAgo(40));
        noPowerCategory.put(ImportColumn.POWER_CATEGORY, "");
        Map<ImportColumn, String> connectedTooEarly = ImportFiles.validRow(ImportFiles.daysAgo(40));
        connectedTooEarly.put(ImportColumn.WATER_CONNECTED_ON, ImportFiles.daysAgo(41).toString());
        Map<ImportColumn, String> futureAndUnknownService = ImportFiles.validRow(ImportFiles.daysAgo(40));
        futureAndUnknownService.put(ImportColumn.ACCEPTED_ON, ImportFiles.daysAgo(-3).toString());
        futureAndUnknownService.put(ImportColumn.SERVICES, "WATER;ELECTRICITY");
        byte[] file = new ImportFiles().row(good).row(badCodes).row(badDistrict).row(noPowerCategory)
                .row(connectedTooEarly).row(futureAndUnknownService).utf8();

        ImportCheck check = imports.check("mixed.csv", file, CLERK);

        assertThat(check.accepted()).isFalse();
        assertThat(check.rowCount()).isEqualTo(6);
        assertThat(check.cases()).isEmpty();
        assertThat(check.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::value,
                RowProblem::messageKey).containsExactlyInAnyOrder(
                tuple(3, ImportColumn.CREDIT_CODE, "91371000MA3C0A0B10", "validation.creditCode.invalid"),
                tuple(3, ImportColumn.PHONE, "12345", "validation.phone.invalid"),
                tuple(4, ImportColumn.DISTRICT, "青岛市", "validation.enum.unknown"),
                tuple(5, ImportColumn.POWER_CATEGORY, "", "validation.required"),
                tuple(6, ImportColumn.WATER_CONNECTED_ON, ImportFiles.daysAgo(41).toString(),
                        "import.connectedOn.beforeAccepted"),
                tuple(7, ImportColumn.ACCEPTED_ON, ImportFiles.daysAgo(-3).toString(), "validation.date.future"),
                tuple(7, ImportColumn.SERVICES, "WATER;ELECTRICITY", "validation.enum.unknown"));
        assertThat(imports.start(check, CLERK, Channel.STAFF_WORKSPACE)).isEmpty();
        // nothing claimed: the good row alone is still importable
        assertThat(imports.check("good.csv", new ImportFiles().row(good).utf8(), CLERK).accepted()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_batch WHERE sha256 = ?", Integer.class,
                check.sha256())).isZero();
    }

    @Test
    void theRejectedRowsDownloadHasTheRowsWithTheirReasons() {
        Map<ImportColumn, String> good = ImportFiles.validRow(ImportFiles.daysAgo(40));
        Map<ImportColumn, String> bad = ImportFiles.validRow(ImportFiles.daysAgo(40));
        bad.put(ImportColumn.PHONE, "12345");
        ImportCheck check = imports.check("x.csv", new ImportFiles().row(good).row(bad).utf8(), CLERK);

        String csv = new String(ImportCsv.rejectedRows(check, p -> p.column().header() + ":" + p.messageKey()),
                StandardCharsets.UTF_8);

        List<List<String>> records = CsvText.parse(CsvText.decode(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(records).hasSize(2);
        assertThat(records.get(0).getLast()).isEqualTo(ImportCsv.REASON_HEADER);
        assertThat(records.get(1)).contains(bad.get(ImportColumn.CREDIT_CODE), "12345");
        assertThat(records.get(1).getLast()).isEqualTo("联系电话:validation.phone.invalid");
    }

    @Test
    void headerProblemsAreReportedBeforeAnyRow() {
        String csv = "建设单位名称,统一社会信用代码,楼层\r\n某公司,x,3\r\n";

        ImportCheck check = imports.check("h.csv", csv.getBytes(StandardCharsets.UTF_8), CLERK);

        assertThat(check.problems()).extracting(RowProblem::row).containsOnly(1);
        assertThat(check.problems()).extracting(RowProblem::messageKey).contains("import.header.unknown",
                "import.header.missing");
    }

    @Test
    void anAllGoodFileCreatesTheCasesOnTheirDatesWithConnectedTracks() {
        LocalDate acceptedOn = ImportFiles.daysAgo(90);
        LocalDate waterOn = ImportFiles.daysAgo(85);
        Map<ImportColumn, String> connected = ImportFiles.validRow(acceptedOn);
        connected.put(ImportColumn.WATER_CONNECTED_ON, waterOn.toString());
        connected.put(ImportColumn.CONSTRUCTION_TYPE, "EXTENSION");
        connected.put(ImportColumn.CHANNEL, "共享营业厅");
        Map<ImportColumn, String> open = ImportFiles.validRow(ImportFiles.daysAgo(20));
        open.put(ImportColumn.SERVICES, "燃气、通信");
        open.put(ImportColumn.POWER_CATEGORY, "");
        byte[] file = new ImportFiles().row(connected).row(open).utf8();

        ImportBatch batch = importAndWait(file);

        assertThat(batch.status()).isEqualTo(ImportStatus.DONE);
        assertThat(batch.importedCount()).isEqualTo(2);
        assertThat(batch.startedBy().username()).isEqualTo("clerk");
        CaseDetails first = cases.find(batch.rows().get(0).caseNumber()).orElseThrow();
        assertThat(first.acceptedOn()).isEqualTo(acceptedOn);
        assertThat(first.channel()).isEqualTo(Channel.SHARED_HALL);
        assertThat(first.project().code()).isEqualTo(connected.get(ImportColumn.PROJECT_CODE));
        TrackDetails water = first.track(UtilityService.WATER).orElseThrow();
        assertThat(water.status()).isEqualTo(TrackStatus.CONNECTED);
        assertThat(water.stage()).isEqualTo(TrackStage.CONNECTED);
        assertThat(water.completedOn()).isEqualTo(waterOn);
        assertThat(water.clock().onTime()).isTrue();
        TrackDetails power = first.track(UtilityService.POWER).orElseThrow();
        assertThat(power.stage()).isEqualTo(TrackStage.ACCEPTED);
        assertThat(power.completedOn()).isNull();
        CaseDetails second = cases.find(batch.rows().get(1).caseNumber()).orElseThrow();
        assertThat(second.acceptedOn()).isEqualTo(ImportFiles.daysAgo(20));
        assertThat(second.tracks()).extracting(TrackDetails::service)
                .containsExactly(UtilityService.GAS, UtilityService.TELECOM);
    }

    @Test
    void importingTheSameFileOrTheSameRowsAgainCreatesNoDuplicates() {
        Map<ImportColumn, String> row = ImportFiles.validRow(ImportFiles.daysAgo(30));
        byte[] file = new ImportFiles().row(row).utf8();
        ImportBatch batch = importAndWait(file);
        String caseNumber = batch.rows().getFirst().caseNumber();

        ImportCheck sameFile = imports.check("again.csv", file, CLERK);
        Map<ImportColumn, String> other = ImportFiles.validRow(ImportFiles.daysAgo(30));
        ImportCheck sameRow = imports.check("more.csv", new ImportFiles().row(other).row(row).utf8(), CLERK);

        assertThat(sameFile.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.file.alreadyImported");
            assertThat(p.args()).containsExactly(batch.id());
        });
        assertThat(sameRow.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.messageKey()).isEqualTo("import.row.alreadyImported");
            assertThat(p.args()).containsExactly(caseNumber);
        });
        assertThat(imports.start(sameRow, CLERK, Channel.STAFF_WORKSPACE)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_row WHERE dedupe_key LIKE ?", Integer.class,
                row.get(ImportColumn.PROJECT_CODE) + "|%")).isEqualTo(1);
    }

    @Test
    void anImportInterruptedMidRowResumesWithoutMakingTheCaseTwice() {
        LocalDate acceptedOn = ImportFiles.daysAgo(50);
        Map<ImportColumn, String> halfDone = ImportFiles.validRow(acceptedOn);
        halfDone.put(ImportColumn.WATER_CONNECTED_ON, ImportFiles.daysAgo(45).toString());
        Map<ImportColumn, String> notStarted = ImportFiles.validRow(acceptedOn);
        ImportCheck check = imports.check("crash.csv", new ImportFiles().row(halfDone).row(notStarted).utf8(),
                CLERK);
        UUID id = UUID.randomUUID();
        // what a crash leaves behind: the batch claimed, row 2 accepted but its water track not yet connected
        assertThat(batches.create(id, check, CLERK, Channel.STAFF_WORKSPACE, Instant.now())).isTrue();
        String caseNumber = caseNumbers.allocate(acceptedOn);
        batches.caseNumber(id, 2, caseNumber);
        AcceptApplication intake = check.cases().getFirst().intake();
        commands.sendAndWait(new AcceptApplication(caseNumber, intake.acceptedOn(), intake.channel(),
                intake.applicant(), intake.project(), intake.services(), CLERK));

        imports.resumeInterrupted();
        ImportBatch batch = awaitFinished(id);

        assertThat(batch.status()).isEqualTo(ImportStatus.DONE);
        assertThat(batch.rows()).extracting(ImportBatch.ImportedRow::row, ImportBatch.ImportedRow::done)
                .containsExactly(tuple(2, true), tuple(3, true));
        assertThat(batch.rows().getFirst().caseNumber()).isEqualTo(caseNumber);
        assertThat(cases.find(caseNumber).orElseThrow().track(UtilityService.WATER).orElseThrow().status())
                .isEqualTo(TrackStatus.CONNECTED);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregateIdentifier) FROM DomainEventEntry "
                        + "WHERE payloadType LIKE '%ApplicationAccepted' AND convert_from(payload, 'UTF8') LIKE ?",
                Integer.class, "%" + halfDone.get(ImportColumn.PROJECT_CODE) + "%")).isEqualTo(1);
    }

    ImportBatch importAndWait(byte[] file) {
        ImportCheck check = imports.check("history-" + UUID.randomUUID() + ".csv", file, CLERK);
        assertThat(check.problems()).isEmpty();
        UUID id = imports.start(check, CLERK, Channel.STAFF_WORKSPACE).orElseThrow();
        return awaitFinished(id);
    }

    ImportBatch awaitFinished(UUID id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            ImportBatch batch = imports.find(id).orElseThrow();
            if (batch.status() != ImportStatus.RUNNING) {
                return batch;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish in time");
    }
}
