package cn.weihai.lianbao.platform;

/**
 * Which database the app runs on. {@code embedded} is true for the built-in PostgreSQL (the default,
 * for demos and tests); false when {@code spring.datasource.url} points at an external server.
 */
public record DatabaseMode(boolean embedded) {
}
