package cn.weihai.lianbao.casefile.importing;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.UtilityService;
import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bulk import of historical cases (关联历史数据) from CSV. {@link #check} reads and validates the whole file; only a
 * file without a single problem can be {@link #start started}. The batch and all its rows are recorded first, then
 * each row becomes a case through the ordinary commands (accepted on its own date, connected tracks stepped to
 * CONNECTED on their connection date), one row after the other in the background. A row remembers its case
 * number before the case is accepted, so an import interrupted by a restart resumes where it stopped and never
 * makes a case twice.
 */
@Service
public class CaseImports {
    private static final Logger log = LoggerFactory.getLogger(CaseImports.class);
    /** Enough for ~20,000 rows; more belongs in several files. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String STEP_NOTE = "历史数据导入";

    private final ImportBatches batches;
    private final CommandGateway commands;
    private final CaseNumberAllocator caseNumbers;
    private final CaseFileQueries cases;
    private final LocalizedMessages messages;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "case-import");
        t.setDaemon(true);
        return t;
    });

    CaseImports(ImportBatches batches, CommandGateway commands, CaseNumberAllocator caseNumbers,
                CaseFileQueries cases, LocalizedMessages messages, Clock clock) {
        this.batches = batches;
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    /** Reads and checks the whole file; nothing is stored. */
    public ImportCheck check(String fileName, byte[] content, Actor actor) {
        String sha256 = sha256(content);
        List<List<String>> records = CsvText.parse(CsvText.decode(content));
        Optional<UUID> earlier = batches.withSha256(sha256);
        if (earlier.isPresent()) {
            return new ImportCheck(fileName, sha256, content, Math.max(0, records.size() - 1), List.of(),
                    List.of(RowProblem.of(1, null, fileName, "import.file.alreadyImported", earlier.get())), records);
        }
        ImportFileReader.Result read = new ImportFileReader(
                value -> messages.enumLabel(value, Locale.SIMPLIFIED_CHINESE), LocalDate.now(clock), actor)
                .read(records);
        List<RowProblem> problems = new ArrayList<>(read.problems());
        List<ImportedCase> cases = read.cases();
        if (problems.isEmpty()) {
            Map<String, String> imported = batches.imported(cases.stream().map(ImportedCase::dedupeKey).toList());
            for (ImportedCase c : cases) {
                if (imported.containsKey(c.dedupeKey())) {
                    String caseNumber = imported.get(c.dedupeKey());
                    problems.add(RowProblem.of(c.row(), ImportColumn.PROJECT_CODE, c.intake().project().code(),
                            "import.row.alreadyImported", caseNumber == null ? "…" : caseNumber));
                }
            }
        }
        return new ImportCheck(fileName, sha256, content, read.rows(), problems.isEmpty() ? cases : List.of(),
                problems, records);
    }

    /**
     * Claims the file and its rows and imports them in the background; empty when the file has problems or
     * another import claimed it or one of its rows meanwhile (check again to see which).
     */
    public Optional<UUID> start(ImportCheck check, Actor actor, Channel channel) {
        if (!check.accepted()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        if (!batches.create(id, check, actor, channel, clock.instant())) {
            return Optional.empty();
        }
        worker.submit(() -> run(id));
        return Optional.of(id);
    }

    public Optional<ImportBatch> find(UUID id) {
        return batches.find(id);
    }

    public int importedCount(UUID id) {
        return batches.importedCount(id);
    }

    /** Imports interrupted by a stop of the application, or failed, carry on where they stopped. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        for (UUID id : batches.running()) {
            log.info("Resuming the interrupted case import {}", id);
            worker.submit(() -> run(id));
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void run(UUID id) {
        try {
            ImportBatch batch = batches.find(id).orElseThrow();
            if (batch.status() == ImportStatus.DONE) {
                return;
            }
            if (batch.status() == ImportStatus.FAILED) {
                batches.resumed(id);
            }
            Map<Integer, ImportBatch.ImportedRow> rows = new HashMap<>();
            batch.rows().forEach(r -> rows.put(r.row(), r));
            // the file was valid when claimed; read it as it was then (today's date only bounds future dates)
            ImportFileReader.Result read = new ImportFileReader(
                    value -> messages.enumLabel(value, Locale.SIMPLIFIED_CHINESE), LocalDate.now(clock),
                    batch.startedBy()).read(CsvText.parse(CsvText.decode(batches.content(id))));
            for (ImportedCase c : read.cases()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                ImportBatch.ImportedRow row = rows.get(c.row());
                if (row == null || row.done()) {
                    continue;
                }
                importRow(id, c, row.caseNumber(), batch.startedBy(), batch.channel());
            }
            batches.finished(id, ImportStatus.DONE, null, clock.instant());
            log.info("Case import {} finished: {} rows", id, read.cases().size());
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            log.error("Case import {} failed; it resumes at the next start of the application", id, e);
            batches.finished(id, ImportStatus.FAILED, String.valueOf(e.getMessage()), clock.instant());
        }
    }

    /** {@code caseNumber}: the one allocated before an interruption, else null. */
    private void importRow(UUID batch, ImportedCase c, String caseNumber, Actor actor, Channel channel) {
        AcceptApplication intake = c.intake();
        Map<UtilityService, TrackStage> reached = new EnumMap<>(UtilityService.class);
        if (caseNumber == null) {
            caseNumber = caseNumbers.allocate(intake.acceptedOn());
            batches.caseNumber(batch, c.row(), caseNumber);
        } else {
            cases.find(caseNumber).ifPresent(d -> d.tracks().forEach(t -> reached.put(t.service(), t.stage())));
        }
        if (reached.isEmpty()) {
            commands.sendAndWait(new AcceptApplication(caseNumber, intake.acceptedOn(), intake.channel(),
                    intake.applicant(), intake.project(), intake.services(), actor));
        }
        for (var connected : c.connectedOn().entrySet()) {
            TrackStage stage = reached.getOrDefault(connected.getKey(), TrackStage.ACCEPTED);
            // the forward steps not yet recorded, all on the connection date: history knows only that date
            for (TrackStage next = stage.next(); next != null; next = next.next()) {
                commands.sendAndWait(new RecordTrackStep(caseNumber, connected.getKey(),
                        TrackStep.valueOf(next.name()), connected.getValue(), STEP_NOTE, actor, channel));
            }
        }
        batches.done(batch, c.row());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
