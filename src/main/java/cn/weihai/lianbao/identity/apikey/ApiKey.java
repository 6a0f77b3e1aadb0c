package cn.weihai.lianbao.identity.apikey;

import java.time.Instant;

/** An organisation's API key as the administrator sees it: never its secret, only its public prefix ({@code id}). */
public record ApiKey(String id, String organisationId, String label, String createdBy, Instant createdAt,
                     Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    /** How the key starts, so an operator can tell which key a system uses. */
    public String shownPrefix() {
        return ApiKeyToken.PREFIX + id + "_…";
    }
}
