package dev.mcpauth.server.http;

import tools.jackson.databind.json.JsonMapper;

/** Serialises the server's JSON answers (plain JSON, without the escaped slashes of json-smart). */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
