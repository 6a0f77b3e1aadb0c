package cn.weihai.lianbao.identity.apikey;

/** No such key for this organisation (404 on the API). */
public class ApiKeyNotFoundException extends RuntimeException {
    private final String keyId;

    public ApiKeyNotFoundException(String keyId) {
        super("no API key " + keyId);
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
