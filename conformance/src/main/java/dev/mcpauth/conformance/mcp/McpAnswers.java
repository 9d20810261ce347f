package dev.mcpauth.conformance.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.restassured.response.Response;

/** The JSON-RPC messages of an answer, whether sent as one JSON body, a JSON array or an event stream. */
public final class McpAnswers {

    private McpAnswers() {
    }

    public static boolean isEventStream(Response response) {
        return Optional.ofNullable(response.contentType()).orElse("").startsWith("text/event-stream");
    }

    /** Every message found; bodies that are not JSON-RPC give none. */
    public static List<Map<String, Object>> messages(Response response) {
        String body = response.asString();
        List<String> payloads = isEventStream(response)
                ? body.lines().filter(line -> line.startsWith("data:")).map(line -> line.substring(5).trim())
                        .toList()
                : List.of(body.trim());
        List<Map<String, Object>> messages = new ArrayList<>();
        for (String payload : payloads) {
            messages.addAll(parse(payload));
        }
        return messages;
    }

    /** The ids of the SSE events of an event-stream answer, in order. */
    public static List<String> eventIds(Response response) {
        return response.asString().lines().filter(line -> line.startsWith("id:"))
                .map(line -> line.substring(3).trim()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parse(String payload) {
        if (payload.startsWith("[")) {
            try {
                List<Object> array = (List<Object>) (Object) new io.restassured.path.json.JsonPath(payload)
                        .getList("$");
                List<Map<String, Object>> messages = new ArrayList<>();
                array.stream().filter(Map.class::isInstance).forEach(item -> messages.add((Map<String, Object>) item));
                return messages;
            } catch (RuntimeException notJson) {
                return List.of();
            }
        }
        try {
            return payload.isEmpty() ? List.of() : List.of(JSONObjectUtils.parse(payload));
        } catch (java.text.ParseException notJson) {
            return List.of();
        }
    }
}
