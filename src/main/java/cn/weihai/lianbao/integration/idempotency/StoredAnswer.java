package cn.weihai.lianbao.integration.idempotency;

import java.security.MessageDigest;

/** A reserved Idempotency-Key: the request it was first used with and, once finished, that request's answer. */
record StoredAnswer(String method, String path, byte[] requestHash, Integer status, String contentType,
                    String location, byte[] body) {

    boolean inProgress() {
        return status == null;
    }

    boolean sameRequest(String otherMethod, String otherPath, byte[] otherHash) {
        return method.equals(otherMethod) && path.equals(otherPath) && MessageDigest.isEqual(requestHash, otherHash);
    }
}
