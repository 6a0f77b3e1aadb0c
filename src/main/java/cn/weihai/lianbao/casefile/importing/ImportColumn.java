package cn.weihai.lianbao.casefile.importing;

import cn.weihai.lianbao.shared.UtilityService;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the import CSV, in the template's order. A header cell may be the Chinese name (the template's
 * form) or the English key; a trailing "*" (required) is ignored.
 */
public enum ImportColumn {
    APPLICANT_NAME("applicantName", "建设单位名称", true, null),
    CREDIT_CODE("creditCode", "统一社会信用代码", true, null),
    CONTACT_NAME("contactName", "联系人", true, null),
    PHONE("phone", "联系电话", true, null),
    PROJECT_NAME("projectName", "项目名称", true, null),
    PROJECT_CODE("projectCode", "项目代码", true, null),
    PROJECT_ADDRESS("projectAddress", "建设地址", true, null),
    DISTRICT("district", "所在区市", true, null),
    CONSTRUCTION_TYPE("constructionType", "建设类型", true, null),
    CHANNEL("channel", "受理渠道", true, null),
    ACCEPTED_ON("acceptedOn", "受理日期", true, null),
    SERVICES("services", "报装事项", true, null),
    POWER_CATEGORY("powerCategory", "用电类别", false, null),
    WATER_CONNECTED_ON("waterConnectedOn", "供水接通日期", false, UtilityService.WATER),
    DRAINAGE_CONNECTED_ON("drainageConnectedOn", "排水接通日期", false, UtilityService.DRAINAGE),
    POWER_CONNECTED_ON("powerConnectedOn", "供电接通日期", false, UtilityService.POWER),
    GAS_CONNECTED_ON("gasConnectedOn", "燃气接通日期", false, UtilityService.GAS),
    HEATING_CONNECTED_ON("heatingConnectedOn", "供暖接通日期", false, UtilityService.HEATING),
    TELECOM_CONNECTED_ON("telecomConnectedOn", "通信接通日期", false, UtilityService.TELECOM),
    BROADCAST_CONNECTED_ON("broadcastConnectedOn", "广电接通日期", false, UtilityService.BROADCAST);

    private final String key;
    private final String header;
    private final boolean required;
    private final UtilityService connects;

    ImportColumn(String key, String header, boolean required, UtilityService connects) {
        this.key = key;
        this.header = header;
        this.required = required;
        this.connects = connects;
    }

    public String key() {
        return key;
    }

    /** The Chinese header of the template, also how the rejection report names the column. */
    public String header() {
        return header;
    }

    /** The column must be in the header row (its cells may still be blank where the value is optional). */
    public boolean required() {
        return required;
    }

    /** For a "connected on" column, the service whose connection date it holds; null otherwise. */
    public UtilityService connects() {
        return connects;
    }

    public static Optional<ImportColumn> ofHeader(String cell) {
        String name = cell == null ? "" : cell.strip();
        if (name.endsWith("*")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.header.equals(wanted) || c.key.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    public static ImportColumn connectedOn(UtilityService service) {
        return Arrays.stream(values()).filter(c -> c.connects == service).findFirst().orElseThrow();
    }
}
