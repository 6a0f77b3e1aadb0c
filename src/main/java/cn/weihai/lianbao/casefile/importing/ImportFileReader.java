package cn.weihai.lianbao.casefile.importing;

import cn.weihai.lianbao.casefile.IntakeValidator;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the rows of an import CSV into intakes, checking every row and every field with the same rules as the
 * intake screen and the v1 API ({@link IntakeValidator}), and names every problem with its row and column.
 * Codes may be written as the code (WATER) or as the Chinese label (供水).
 */
final class ImportFileReader {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；、,，|\\s]+");

    private final Function<Enum<?>, String> chineseLabel;
    private final LocalDate today;
    private final Actor actor;

    ImportFileReader(Function<Enum<?>, String> chineseLabel, LocalDate today, Actor actor) {
        this.chineseLabel = chineseLabel;
        this.today = today;
        this.actor = actor;
    }

    /** The cases of the file, or its problems (never both: a file with a problem imports nothing). */
    Result read(List<List<String>> records) {
        List<RowProblem> problems = new ArrayList<>();
        if (records.isEmpty()) {
            problems.add(RowProblem.of(1, null, "", "import.file.empty"));
            return new Result(List.of(), problems, 0);
        }
        Map<ImportColumn, Integer> columns = header(records.getFirst(), problems);
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems, 0);
        }
        List<ImportedCase> cases = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        int rows = 0;
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (blank(record)) {
                continue;
            }
            rows++;
            int rowNumber = i + 1;
            ImportedCase c = row(rowNumber, record, columns, problems);
            if (c == null) {
                continue;
            }
            Integer earlier = firstRowOfKey.putIfAbsent(c.dedupeKey(), rowNumber);
            if (earlier != null) {
                problems.add(RowProblem.of(rowNumber, ImportColumn.PROJECT_CODE, c.intake().project().code(),
                        "import.row.duplicateInFile", earlier));
            } else {
                cases.add(c);
            }
        }
        if (rows == 0) {
            problems.add(RowProblem.of(2, null, "", "import.file.noRows"));
        }
        // in the order of the sheet: by row, then by column (whole-row problems first)
        problems.sort(Comparator.comparingInt(RowProblem::row)
                .thenComparingInt(p -> p.column() == null ? -1 : p.column().ordinal()));
        return new Result(problems.isEmpty() ? cases : List.of(), problems, rows);
    }

    record Result(List<ImportedCase> cases, List<RowProblem> problems, int rows) {
    }

    private static Map<ImportColumn, Integer> header(List<String> cells, List<RowProblem> problems) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isBlank() || ImportCsv.REASON_HEADER.equals(cell.strip())) {
                continue;
            }
            Optional<ImportColumn> column = ImportColumn.ofHeader(cell);
            if (column.isEmpty()) {
                problems.add(RowProblem.of(1, null, cell.strip(), "import.header.unknown",
                        Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList()));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(RowProblem.of(1, column.get(), cell.strip(), "import.header.duplicate"));
            }
        }
        for (ImportColumn c : ImportColumn.values()) {
            if (c.required() && !columns.containsKey(c)) {
                problems.add(RowProblem.of(1, c, "", "import.header.missing"));
            }
        }
        return columns;
    }

    private ImportedCase row(int rowNumber, List<String> record, Map<ImportColumn, Integer> columns,
                             List<RowProblem> problems) {
        Cells cells = new Cells(rowNumber, record, columns);
        int before = problems.size();
        Channel channel = cells.code(ImportColumn.CHANNEL, Channel.class,
                Arrays.stream(Channel.values()).filter(Channel::isIntakeChannel).toList(), problems);
        LocalDate acceptedOn = cells.date(ImportColumn.ACCEPTED_ON, problems);
        if (acceptedOn == null && !cells.has(ImportColumn.ACCEPTED_ON, problems)) {
            // a historical case needs its own date: "today" would start its clocks wrongly
            problems.add(RowProblem.of(rowNumber, ImportColumn.ACCEPTED_ON, "", "validation.required"));
        }
        Applicant applicant = new Applicant(cells.text(ImportColumn.APPLICANT_NAME),
                cells.text(ImportColumn.CREDIT_CODE), cells.text(ImportColumn.CONTACT_NAME),
                cells.text(ImportColumn.PHONE));
        District district = cells.parsed(ImportColumn.DISTRICT, District::parse,
                Arrays.stream(District.values()).map(District::chineseName).toList(), problems);
        Project project = new Project(cells.text(ImportColumn.PROJECT_NAME), cells.text(ImportColumn.PROJECT_CODE),
                cells.text(ImportColumn.PROJECT_ADDRESS), district,
                cells.code(ImportColumn.CONSTRUCTION_TYPE, ConstructionType.class,
                        List.of(ConstructionType.values()), problems));
        List<UtilityService> services = services(cells, problems);
        PowerCategory power = cells.code(ImportColumn.POWER_CATEGORY, PowerCategory.class,
                List.of(PowerCategory.values()), problems);
        List<ServiceSelection> selections = services.stream()
                .map(s -> new ServiceSelection(s, false, s == UtilityService.POWER ? power : null)).toList();
        AcceptApplication intake = new AcceptApplication(null, acceptedOn, channel, applicant, project, selections,
                actor);
        for (FieldViolation v : IntakeValidator.validate(intake, today)) {
            ImportColumn column = columnOf(v.field());
            if (!cells.reported(column, problems, before)) {
                problems.add(new RowProblem(rowNumber, column, cells.raw(column), v.messageKey(), v.args()));
            }
        }
        // with an unreadable service list, power may well be among what was meant
        if (power != null && !services.contains(UtilityService.POWER)
                && !cells.reported(ImportColumn.SERVICES, problems, before)) {
            problems.add(RowProblem.of(rowNumber, ImportColumn.POWER_CATEGORY, cells.raw(ImportColumn.POWER_CATEGORY),
                    "validation.services.powerCategoryOnlyForPower"));
        }
        Map<UtilityService, LocalDate> connected = connected(cells, services, acceptedOn, problems);
        return problems.size() == before ? new ImportedCase(rowNumber, intake, connected) : null;
    }

    private List<UtilityService> services(Cells cells, List<RowProblem> problems) {
        String raw = cells.raw(ImportColumn.SERVICES);
        List<UtilityService> services = new ArrayList<>();
        for (String item : LIST_SEPARATOR.split(raw.strip())) {
            if (item.isEmpty()) {
                continue;
            }
            UtilityService s = code(item, UtilityService.class);
            if (s == null) {
                problems.add(RowProblem.of(cells.row, ImportColumn.SERVICES, raw, "validation.enum.unknown", item,
                        Arrays.stream(UtilityService.values()).map(Enum::name).toList()));
            } else if (services.contains(s)) {
                problems.add(RowProblem.of(cells.row, ImportColumn.SERVICES, raw, "validation.services.duplicate", s));
            } else {
                services.add(s);
            }
        }
        return services;
    }

    private Map<UtilityService, LocalDate> connected(Cells cells, List<UtilityService> services, LocalDate acceptedOn,
                                                     List<RowProblem> problems) {
        Map<UtilityService, LocalDate> connected = new EnumMap<>(UtilityService.class);
        for (UtilityService s : UtilityService.values()) {
            ImportColumn column = ImportColumn.connectedOn(s);
            LocalDate on = cells.date(column, problems);
            if (on == null) {
                continue;
            }
            String raw = cells.raw(column);
            if (!services.contains(s)) {
                problems.add(RowProblem.of(cells.row, column, raw, "import.connectedOn.notSelected", s));
            } else if (on.isAfter(today)) {
                problems.add(RowProblem.of(cells.row, column, raw, "validation.date.future", today));
            } else if (acceptedOn != null && on.isBefore(acceptedOn)) {
                problems.add(RowProblem.of(cells.row, column, raw, "import.connectedOn.beforeAccepted", acceptedOn));
            } else {
                connected.put(s, on);
            }
        }
        return connected;
    }

    /** The column an {@link IntakeValidator} field path is read from. */
    static ImportColumn columnOf(String field) {
        return switch (field) {
            case "channel" -> ImportColumn.CHANNEL;
            case "acceptedOn" -> ImportColumn.ACCEPTED_ON;
            case "applicant", "applicant.name" -> ImportColumn.APPLICANT_NAME;
            case "applicant.creditCode" -> ImportColumn.CREDIT_CODE;
            case "applicant.contactName" -> ImportColumn.CONTACT_NAME;
            case "applicant.phone" -> ImportColumn.PHONE;
            case "project", "project.name" -> ImportColumn.PROJECT_NAME;
            case "project.code" -> ImportColumn.PROJECT_CODE;
            case "project.address" -> ImportColumn.PROJECT_ADDRESS;
            case "project.district" -> ImportColumn.DISTRICT;
            case "project.constructionType" -> ImportColumn.CONSTRUCTION_TYPE;
            default -> field.endsWith(".powerCategory") ? ImportColumn.POWER_CATEGORY : ImportColumn.SERVICES;
        };
    }

    /** The code, its English name in any case, or its Chinese label; null when none matches. */
    private <E extends Enum<E>> E code(String text, Class<E> type) {
        String t = text.strip();
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(t) || chineseLabel.apply(value).equals(t)) {
                return value;
            }
        }
        return null;
    }

    private static boolean blank(List<String> record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** The cells of one row by column; a column the file lacks reads as blank. */
    private final class Cells {
        private final int row;
        private final List<String> record;
        private final Map<ImportColumn, Integer> columns;

        Cells(int row, List<String> record, Map<ImportColumn, Integer> columns) {
            this.row = row;
            this.record = record;
            this.columns = columns;
        }

        String raw(ImportColumn column) {
            Integer i = column == null ? null : columns.get(column);
            return i == null || i >= record.size() ? "" : record.get(i);
        }

        /** The stripped text, null when blank. */
        String text(ImportColumn column) {
            String raw = raw(column).strip();
            return raw.isEmpty() ? null : raw;
        }

        boolean has(ImportColumn column, List<RowProblem> problems) {
            return problems.stream().anyMatch(p -> p.row() == row && p.column() == column);
        }

        /** Whether this row's problems since {@code from} already name the column. */
        boolean reported(ImportColumn column, List<RowProblem> problems, int from) {
            return problems.subList(from, problems.size()).stream().anyMatch(p -> p.column() == column);
        }

        <E extends Enum<E>> E code(ImportColumn column, Class<E> type, List<E> offered, List<RowProblem> problems) {
            String t = text(column);
            if (t == null) {
                return null;
            }
            E value = ImportFileReader.this.code(t, type);
            if (value == null || !offered.contains(value)) {
                problems.add(RowProblem.of(row, column, t, "validation.enum.unknown", t,
                        offered.stream().map(Enum::name).toList()));
                return null;
            }
            return value;
        }

        <T> T parsed(ImportColumn column, Function<String, Optional<T>> parser, List<String> allowed,
                     List<RowProblem> problems) {
            String t = text(column);
            if (t == null) {
                return null;
            }
            Optional<T> value = parser.apply(t);
            if (value.isEmpty()) {
                problems.add(RowProblem.of(row, column, t, "validation.enum.unknown", t, allowed));
            }
            return value.orElse(null);
        }

        /** yyyy-MM-dd, also 2026/3/2 as spreadsheets write it. */
        LocalDate date(ImportColumn column, List<RowProblem> problems) {
            String t = text(column);
            if (t == null) {
                return null;
            }
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                String[] parts = t.split("[/.\\-]");
                if (parts.length == 3) {
                    try {
                        return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                                Integer.parseInt(parts[2]));
                    } catch (RuntimeException ignored) {
                        // reported below
                    }
                }
                problems.add(RowProblem.of(row, column, t, "validation.date.format"));
                return null;
            }
        }
    }
}
