package cn.weihai.lianbao.shared;

import java.util.Arrays;
import java.util.Optional;

/** Weihai's districts; the API and events carry the Chinese name. */
public enum District {
    HUANCUI("环翠区"),
    WENDENG("文登区"),
    RONGCHENG("荣成市"),
    RUSHAN("乳山市"),
    TORCH_HIGH_TECH("火炬高技术产业开发区"),
    ECONOMIC_TECH("经济技术开发区"),
    LINGANG("临港经济技术开发区"),
    NANHAI("南海新区");

    private final String chineseName;

    District(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Accepts the full Chinese name, the common short forms (高区, 经区, 临港区) or the enum name. */
    public static Optional<District> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        switch (t) {
            case "高区" -> { return Optional.of(TORCH_HIGH_TECH); }
            case "经区" -> { return Optional.of(ECONOMIC_TECH); }
            case "临港区" -> { return Optional.of(LINGANG); }
            default -> { }
        }
        return Arrays.stream(values())
                .filter(d -> d.chineseName.equals(t) || d.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
