package cn.weihai.lianbao.casefile.materials;

import cn.weihai.lianbao.casefile.api.MaterialType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 关联历史数据: the shareable materials already on file for a builder (credit code) or a project (project code),
 * which intake offers for reuse instead of a new upload. Read from the "materials" projection, so a case
 * accepted a moment ago may still be missing.
 */
@Service
public class MaterialsOnFile {
    private final JdbcTemplate jdbc;
    private final MaterialStore store;

    public MaterialsOnFile(JdbcTemplate jdbc, MaterialStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /**
     * One file on an earlier case. {@code sameBuilder} / {@code sameProject}: why it is offered.
     */
    public record MaterialOnFile(String caseNumber, MaterialType type, String fileName, String sha256, long size,
                                 LocalDate attachedOn, boolean sameBuilder, boolean sameProject) {
    }

    /**
     * The shareable materials of every case of this builder or project, newest first, each file once per type
     * (from the latest case that holds it), and only files whose bytes are in the store. Blank codes match nothing.
     */
    public List<MaterialOnFile> find(String creditCode, String projectCode) {
        String builder = blankToNull(creditCode);
        String project = blankToNull(projectCode);
        if (builder == null && project == null) {
            return List.of();
        }
        List<MaterialOnFile> rows = jdbc.query("""
                        SELECT m.case_number, m.material_type, m.file_name, m.sha256, m.size, m.attached_on,
                               COALESCE(c.credit_code = ?, FALSE), COALESCE(c.project_code = ?, FALSE)
                        FROM case_material m JOIN material_case c ON c.case_number = m.case_number
                        WHERE c.credit_code = ? OR c.project_code = ?
                        ORDER BY m.attached_on DESC, m.case_number DESC, m.sequence_number DESC""",
                (rs, i) -> new MaterialOnFile(rs.getString(1), MaterialType.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4).strip(), rs.getLong(5), rs.getDate(6).toLocalDate(),
                        rs.getBoolean(7), rs.getBoolean(8)),
                builder, project, builder, project);
        Set<String> seen = new HashSet<>();
        List<MaterialOnFile> offered = new ArrayList<>();
        for (MaterialOnFile m : rows) {
            if (m.type().shareable() && seen.add(m.type() + ":" + m.sha256()) && store.contains(m.sha256())) {
                offered.add(m);
            }
        }
        return List.copyOf(offered);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
