package cn.weihai.lianbao.identity.apikey;

/** A key just created: {@code token} is the whole key, shown this once and never stored. */
public record IssuedApiKey(ApiKey key, String token) {

    @Override
    public String toString() {
        return "IssuedApiKey[" + key + "]";
    }
}
