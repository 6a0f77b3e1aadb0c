package cn.weihai.lianbao.identity.apikey;

import cn.weihai.lianbao.identity.StaffUser;

/**
 * The outcome of presenting a key: {@code user} is who the call acts as, or null when refused (unknown, wrong
 * secret, revoked, organisation disabled). {@code keyId} and {@code organisationId} are known when the key's id is.
 */
public record KeyCheck(String keyId, String organisationId, StaffUser user) {

    public boolean accepted() {
        return user != null;
    }
}
