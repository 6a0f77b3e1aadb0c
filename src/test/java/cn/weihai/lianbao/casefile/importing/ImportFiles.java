package cn.weihai.lianbao.casefile.importing;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.shared.CreditCode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Import CSV files for tests, with unique project codes and credit codes so tests never meet each other's rows. */
public final class ImportFiles {
    private final List<Map<ImportColumn, String>> rows = new ArrayList<>();

    public static LocalDate daysAgo(int days) {
        return LocalDate.now(LianbaoApplication.ZONE).minusDays(days);
    }

    public static String uniqueCreditCode() {
        StringBuilder first17 = new StringBuilder("91371000");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            first17.append(random.nextInt(10));
        }
        return CreditCode.complete(first17.toString());
    }

    public static String uniqueProjectCode() {
        return "IMP-" + System.nanoTime() + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    /** A valid row: water and power (10 kV single), accepted {@code acceptedOn}, nothing connected yet. */
    public static Map<ImportColumn, String> validRow(LocalDate acceptedOn) {
        Map<ImportColumn, String> row = new LinkedHashMap<>();
        row.put(ImportColumn.APPLICANT_NAME, "威海某某置业有限公司");
        row.put(ImportColumn.CREDIT_CODE, uniqueCreditCode());
        row.put(ImportColumn.CONTACT_NAME, "张三");
        row.put(ImportColumn.PHONE, "13800000000");
        row.put(ImportColumn.PROJECT_NAME, "某某花园（历史）");
        row.put(ImportColumn.PROJECT_CODE, uniqueProjectCode());
        row.put(ImportColumn.PROJECT_ADDRESS, "环翠区某路1号");
        row.put(ImportColumn.DISTRICT, "环翠区");
        row.put(ImportColumn.CONSTRUCTION_TYPE, "新建");
        row.put(ImportColumn.CHANNEL, "GOV_SERVICE_CENTER");
        row.put(ImportColumn.ACCEPTED_ON, acceptedOn.toString());
        row.put(ImportColumn.SERVICES, "WATER;POWER");
        row.put(ImportColumn.POWER_CATEGORY, "KV10_SINGLE");
        return row;
    }

    public ImportFiles row(Map<ImportColumn, String> row) {
        rows.add(row);
        return this;
    }

    public String text() {
        StringBuilder csv = new StringBuilder(CsvText.line(Arrays.stream(ImportColumn.values())
                .map(ImportColumn::header).toList()));
        for (Map<ImportColumn, String> row : rows) {
            csv.append(CsvText.line(Arrays.stream(ImportColumn.values()).map(c -> row.getOrDefault(c, "")).toList()));
        }
        return csv.toString();
    }

    public byte[] utf8() {
        return text().getBytes(StandardCharsets.UTF_8);
    }
}
