package dev.mcpauth.conformance.mcp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.mcpauth.conformance.http.ResponseBodies;
import io.restassured.response.Response;

/** Checks on the Streamable HTTP transport rules. */
public final class TransportChecks {

    private TransportChecks() {
    }

    /** Another caller's request naming this session must not be served in it (any refusal will do). */
    public static void notServedInSession(Response response) {
        if (response.statusCode() / 100 == 2) {
            throw new AssertionError("The server served another client's request in this session (HTTP "
                    + response.statusCode() + "). A session must be bound to the user who opened it, or a leaked "
                    + "session id lets others act in it.");
        }
    }

    /** Session ids may only contain visible ASCII, 0x21 to 0x7E. */
    public static void visibleAscii(String sessionId) {
        for (char c : sessionId.toCharArray()) {
            if (c < 0x21 || c > 0x7E) {
                throw new AssertionError("The session id contains the character U+" + String.format("%04X", (int) c)
                        + "; only visible ASCII (0x21-0x7E) is allowed.");
            }
        }
    }

    /** Every JSON-RPC message is UTF-8 encoded (Streamable HTTP, Transports). */
    public static void strictUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new AssertionError("The answer body is not valid UTF-8 (" + e + "). JSON-RPC messages must be "
                    + "UTF-8, or clients mis-read every non-ASCII text.");
        }
    }

    /** A POSTed request is answered as application/json or text/event-stream. */
    public static void jsonOrEventStream(Response response) {
        String type = Optional.ofNullable(response.contentType()).orElse("");
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("tools/list with a valid token and session was answered " + response.statusCode()
                    + ", so the content type of an answer cannot be checked.");
        }
        if (!type.startsWith("application/json") && !type.startsWith("text/event-stream")) {
            throw new AssertionError("The answer to a request is served as \"" + type + "\"; it must be "
                    + "application/json or text/event-stream, the two kinds every client supports.");
        }
    }

    /** An SSE answer delivers the response to the request and then ends the stream. */
    public static void streamCarriesResponseThenCloses(Response response, Object requestId, boolean closed) {
        if (!closed) {
            throw new AssertionError("The event stream answering the request stayed open after the response; the "
                    + "server should close it once the response is sent (Streamable HTTP, Sending Messages).");
        }
        List<Map<String, Object>> messages = McpAnswers.messages(response);
        boolean answered = messages.stream().anyMatch(message -> String.valueOf(requestId).equals(String.valueOf(message.get("id")))
                && (message.containsKey("result") || message.containsKey("error")));
        if (!answered) {
            throw new AssertionError("The event stream closed without the response to request " + requestId
                    + ": " + ResponseBodies.abbreviate(response.asString()));
        }
    }

    /** A GET on the MCP endpoint opens text/event-stream or is refused with 405. */
    public static void eventStreamOr405(int status, String contentType) {
        if (status == 405) {
            return;
        }
        if (status != 200 || contentType == null || !contentType.startsWith("text/event-stream")) {
            throw new AssertionError("A GET on the MCP endpoint with a valid token and session was answered "
                    + status + " (" + contentType + "). The endpoint must either open a text/event-stream or answer "
                    + "405 Method Not Allowed (Streamable HTTP, Listening).");
        }
    }

    /** A batch body gets an HTTP error or JSON-RPC errors, and none of its requests is processed. */
    public static void batchRefused(Response response) {
        List<Map<String, Object>> messages = McpAnswers.messages(response);
        if (messages.stream().anyMatch(message -> message.containsKey("result"))) {
            throw new AssertionError("The server processed a JSON-RPC batch and answered with results. Since "
                    + "2025-06-18 a POST body holds one message; batches must be refused: "
                    + ResponseBodies.abbreviate(response.asString()));
        }
        boolean error = messages.stream().anyMatch(message -> message.containsKey("error"));
        if (response.statusCode() / 100 != 4 && !error) {
            throw new AssertionError("A JSON-RPC batch was answered " + response.statusCode() + " without any error; "
                    + "the server must refuse it with an HTTP 4xx or a JSON-RPC error.");
        }
    }

    /**
     * A server that answers a refused notification with a JSON-RPC error (a MAY) sends it without id, since a
     * notification has none to answer. Any other body (empty, an HTML error page) is left to the server.
     */
    public static void jsonRpcErrorWithoutId(Response response) {
        List<Map<String, Object>> messages = McpAnswers.messages(response);
        for (Map<String, Object> message : messages) {
            if (message.get("error") instanceof Map<?, ?> && message.get("id") != null) {
                throw new AssertionError("The JSON-RPC error refusing a notification carries the id "
                        + message.get("id") + ", but a notification has no id to answer.");
            }
        }
    }

    /** SSE event ids, when present, are unique across all streams of a session (Streamable HTTP, Resumability). */
    public static void eventIdsUnique(List<String> ids) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new AssertionError("The event id \"" + id + "\" was used for more than one event in the session "
                        + "(ids seen: " + ids + "). Event ids must be unique across all streams of a session, or a "
                        + "client resuming with Last-Event-ID cannot tell which messages it missed.");
            }
        }
    }
}
