package cn.weihai.lianbao.identity.apikey;

import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.identity.organisation.Organisation;
import cn.weihai.lianbao.identity.organisation.OrganisationNotFoundException;
import cn.weihai.lianbao.identity.organisation.Organisations;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Issuing, listing, revoking and checking the organisations' API keys, and their call log. */
@Service
public class ApiKeys {
    static final int MAX_LABEL = 100;
    static final int LOG_SHOWN = 100;
    /** Compared against when the id is unknown, so an unknown key costs the same time as a wrong secret. */
    private static final byte[] NO_HASH = ApiKeyToken.sha256("no-such-key");

    private static final String COLUMNS =
            "id, organisation_id, label, created_by, created_at, last_used_at, revoked_at";
    private static final RowMapper<ApiKey> ROW = (rs, i) -> new ApiKey(rs.getString("id"),
            rs.getString("organisation_id"), rs.getString("label"), rs.getString("created_by"),
            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
            instant(rs.getTimestamp("revoked_at")));
    private static final RowMapper<ApiCall> CALL = (rs, i) -> new ApiCall(instant(rs.getTimestamp("called_at")),
            rs.getString("key_id"), rs.getString("organisation_id"), rs.getString("method"), rs.getString("path"),
            rs.getInt("status"), rs.getInt("duration_ms"));

    private final JdbcTemplate jdbc;
    private final Organisations organisations;

    ApiKeys(JdbcTemplate jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    public IssuedApiKey issue(String organisationId, String label, Actor by) {
        Organisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> new OrganisationNotFoundException(organisationId));
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.isEmpty()) {
            throw InvalidInputException.of("label", "validation.required");
        }
        if (cleanLabel.length() > MAX_LABEL) {
            throw InvalidInputException.of("label", "validation.tooLong", MAX_LABEL);
        }
        for (int attempt = 0; ; attempt++) {
            ApiKeyToken token = ApiKeyToken.generate();
            try {
                jdbc.update("""
                                INSERT INTO api_key (id, organisation_id, label, secret_sha256, created_by)
                                VALUES (?, ?, ?, ?, ?)""",
                        token.id(), organisation.id(), cleanLabel, token.secretHash(), by.username());
                return new IssuedApiKey(find(organisation.id(), token.id()), token.text());
            } catch (DuplicateKeyException idTaken) {
                if (attempt == 5) {
                    throw idTaken;
                }
            }
        }
    }

    public List<ApiKey> of(String organisationId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_key WHERE organisation_id = ? ORDER BY created_at DESC, id",
                ROW, organisationId);
    }

    public ApiKey find(String organisationId, String keyId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_key WHERE organisation_id = ? AND id = ?", ROW,
                organisationId, keyId).stream().findFirst().orElseThrow(() -> new ApiKeyNotFoundException(keyId));
    }

    /** From now on the key is refused; revoking twice is refused too (409), so nobody thinks they undid it. */
    public ApiKey revoke(String organisationId, String keyId, Actor by) {
        ApiKey key = find(organisationId, keyId);
        int revoked = jdbc.update("""
                UPDATE api_key SET revoked_at = now(), revoked_by = ?
                WHERE id = ? AND revoked_at IS NULL""", by.username(), key.id());
        if (revoked == 0) {
            throw new RuleViolationException("apikey.error.alreadyRevoked", key.id());
        }
        return find(organisationId, keyId);
    }

    /** Who a presented key acts as: the staff user of its organisation, or a refusal. */
    public KeyCheck check(String presented) {
        Optional<ApiKeyToken> token = ApiKeyToken.parse(presented);
        if (token.isEmpty()) {
            return new KeyCheck(null, null, null);
        }
        String id = token.get().id();
        record Stored(String organisationId, byte[] hash, boolean revoked) {
        }
        Optional<Stored> stored = jdbc.query(
                "SELECT organisation_id, secret_sha256, revoked_at IS NOT NULL AS revoked FROM api_key WHERE id = ?",
                (rs, i) -> new Stored(rs.getString(1), rs.getBytes(2), rs.getBoolean(3)), id).stream().findFirst();
        boolean secretMatches = MessageDigest.isEqual(token.get().secretHash(), stored.map(Stored::hash).orElse(NO_HASH));
        if (stored.isEmpty()) {
            return new KeyCheck(null, null, null);
        }
        String organisationId = stored.get().organisationId();
        Optional<Organisation> organisation = organisations.find(organisationId).filter(Organisation::enabled);
        if (!secretMatches || stored.get().revoked() || organisation.isEmpty()) {
            return new KeyCheck(id, organisationId, null);
        }
        touch(id);
        return new KeyCheck(id, organisationId, actingUser(id, organisation.get()));
    }

    /** The key acts exactly as a staff member of its organisation, so every permission check applies unchanged. */
    static StaffUser actingUser(String keyId, Organisation organisation) {
        return new StaffUser("apikey:" + keyId, organisation.name() + "（接口）", organisation.kind().role(),
                organisation.name(), organisation.utility(), organisation.department());
    }

    /** At most one write a minute per key: a busy system would otherwise update the row on every call. */
    private void touch(String keyId) {
        jdbc.update("""
                UPDATE api_key SET last_used_at = now()
                WHERE id = ? AND (last_used_at IS NULL OR last_used_at < now() - INTERVAL '1 minute')""", keyId);
    }

    public void logCall(String keyId, String organisationId, String method, String path, int status, long durationMs) {
        jdbc.update("""
                        INSERT INTO api_call_log (key_id, organisation_id, method, path, status, duration_ms)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                keyId, organisationId, method, path.length() > 1000 ? path.substring(0, 1000) : path, status,
                (int) Math.min(durationMs, Integer.MAX_VALUE));
    }

    /** The latest calls made with the key, newest first. */
    public List<ApiCall> calls(String keyId) {
        return jdbc.query("""
                SELECT called_at, key_id, organisation_id, method, path, status, duration_ms
                FROM api_call_log WHERE key_id = ? ORDER BY called_at DESC, id DESC LIMIT ?""",
                CALL, keyId, LOG_SHOWN);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
