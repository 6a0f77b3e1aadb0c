package cn.weihai.lianbao.security;

import org.springframework.security.authentication.LockedException;

/** Too many failures: refused whatever the password, for up to {@code minutes}. */
public class SignInLockedException extends LockedException {
    private final long minutes;

    public SignInLockedException(long minutes) {
        super("sign-in locked after too many failures");
        this.minutes = minutes;
    }

    public long minutes() {
        return minutes;
    }
}
