package cn.weihai.lianbao.integration.v1;

import tools.jackson.core.JacksonException;

/** The field path of a JSON reading failure in the API's notation, e.g. {@code services[2].powerCategory}. */
final class JsonPath {
    private JsonPath() {
    }

    /** Null when the failure is not inside any field (e.g. the body is not JSON at all). */
    static String of(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
