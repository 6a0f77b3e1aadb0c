package cn.weihai.lianbao.casefile.importing;

import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One import of a file: who, when, which file, how far it got, and the case each row became. */
public record ImportBatch(UUID id, String fileName, String sha256, int rowCount, int importedCount,
                          ImportStatus status, Actor startedBy, Channel channel, Instant startedAt,
                          Instant finishedAt, String failure, List<ImportedRow> rows) {

    /** A row of the file and the case it became (null until allocated). */
    public record ImportedRow(int row, String caseNumber, boolean done) {
    }

    /** 0 … 1. */
    public double progress() {
        return rowCount == 0 ? 1 : (double) importedCount / rowCount;
    }
}
