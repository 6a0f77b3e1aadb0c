package cn.weihai.lianbao.shared;

import java.util.regex.Pattern;

/** Mainland China mobile numbers: 11 digits starting 13–19. */
public final class MobilePhone {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private MobilePhone() {
    }

    public static boolean isValid(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }
}
