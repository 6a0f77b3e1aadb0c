package cn.weihai.lianbao.casefile.importing;

import java.util.List;

/**
 * A file read and checked in full: its rows when every one is valid, else every problem found. Nothing is
 * imported from a file with any problem.
 */
public record ImportCheck(String fileName, String sha256, byte[] content, int rowCount, List<ImportedCase> cases,
                          List<RowProblem> problems, List<List<String>> records) {
    public boolean accepted() {
        return problems.isEmpty() && !cases.isEmpty();
    }
}
