package cn.weihai.lianbao.load;

import cn.weihai.lianbao.shared.CreditCode;

import java.util.List;
import java.util.Random;

/**
 * The construction units (建设单位) that apply in generated cases, each with one name and one credit code whatever
 * case it files. Like a real province: {@value #LARGE} groups (城投, developers) file {@value #LARGE_SHARE_PERCENT} %
 * of the cases, and a long tail of {@value #SMALL} firms files the rest, a few cases each. At 1,000,000 cases a group
 * has ~1,500 cases and a firm ~7; before, 18 names shared every case (~55,000 cases each at 1,000,000), which no
 * search by a builder's name meets in practice.
 */
final class Builders {
    static final int LARGE = 200;
    static final int SMALL = 100_000;
    static final int LARGE_SHARE_PERCENT = 30;
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final List<String> PLACES = List.of("威海", "环翠", "文登", "荣成", "乳山", "石岛", "经区", "高区",
            "临港", "南海");
    private static final List<String> FIRST = List.of("海景", "华夏", "金岭", "蓝海", "银滩", "鑫源", "恒泰", "宏远",
            "盛世", "瑞丰", "中和", "福顺", "泰华", "东晟", "北洋", "新城", "嘉禾", "广润", "长青", "兴业", "天润",
            "润泽", "远航", "同舟", "鸿基", "安泰", "成山", "昆嵛", "刘公", "海川", "明珠", "锦程", "华信", "永安",
            "德信", "正阳", "伟业", "聚源", "海峰", "华强");
    private static final List<String> SECOND = List.of("祥和", "弘远", "腾飞", "世纪", "汇通", "立信", "鼎盛", "通达",
            "荣华", "志远", "博远", "宏达", "信诚", "兴隆", "海纳", "中兴", "万利", "嘉盛", "和信", "远大", "永泰",
            "东方", "众成", "裕丰", "同创", "建华", "恒信", "华康", "国泰", "金海");
    private static final List<String> KINDS = List.of("置业", "房地产开发", "建设", "实业", "投资", "物流", "食品",
            "船舶", "新材料", "医疗器械", "文旅", "建工");

    record Builder(String name, String creditCode) {
    }

    private Builders() {
    }

    /** The builder of the next case (one draw or two from {@code r}). */
    static Builder pick(Random r) {
        boolean large = r.nextInt(100) < LARGE_SHARE_PERCENT;
        return large ? large(r.nextInt(LARGE)) : small(r.nextInt(SMALL));
    }

    /** Group {@code id}: place, one word, kind, 集团 (distinct names for ids below {@value #LARGE}). */
    static Builder large(int id) {
        int n = Math.floorMod(id * 97 + 13, PLACES.size() * FIRST.size() * KINDS.size());
        String name = PLACES.get(n % PLACES.size()) + FIRST.get(n / PLACES.size() % FIRST.size())
                + KINDS.get(n / PLACES.size() / FIRST.size()) + "集团有限公司";
        return new Builder(name, creditCode(1L << 32 | id));
    }

    /** Firm {@code id}: place, two words, kind (distinct names for ids below {@value #SMALL}). */
    static Builder small(int id) {
        int combinations = PLACES.size() * FIRST.size() * SECOND.size() * KINDS.size(); // 144,000, prime to 7,919
        int n = (int) Math.floorMod(id * 7_919L + 12_345, combinations);
        String name = PLACES.get(n % PLACES.size()) + FIRST.get(n / PLACES.size() % FIRST.size())
                + SECOND.get(n / PLACES.size() / FIRST.size() % SECOND.size())
                + KINDS.get(n / PLACES.size() / FIRST.size() / SECOND.size()) + "有限公司";
        return new Builder(name, creditCode(id));
    }

    private static String creditCode(long builder) {
        Random r = new Random(builder * 0x9E3779B97F4A7C15L + 7);
        StringBuilder first17 = new StringBuilder("91371000");
        while (first17.length() < 17) {
            first17.append(CODE_CHARS.charAt(r.nextInt(CODE_CHARS.length())));
        }
        return CreditCode.complete(first17.toString());
    }
}
