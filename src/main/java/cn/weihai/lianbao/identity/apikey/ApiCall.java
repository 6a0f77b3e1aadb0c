package cn.weihai.lianbao.identity.apikey;

import java.time.Instant;

/** One call made with an API key (api_call_log). */
public record ApiCall(Instant calledAt, String keyId, String organisationId, String method, String path, int status,
                      int durationMs) {
}
