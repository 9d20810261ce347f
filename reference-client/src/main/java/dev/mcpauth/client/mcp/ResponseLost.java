package dev.mcpauth.client.mcp;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.function.Supplier;

import dev.mcpauth.client.Narrator;
import io.modelcontextprotocol.modern.client.McpResponseLostException;

/**
 * Sends a request once more, with a new JSON-RPC id, when the connection it went out on closed before an answer
 * came (a kept-alive connection the server had already closed): MCP 2026-07-28 has the client retry a request
 * whose response stream broke. A request the server answered, or one that never reached it, is not retried.
 */
final class ResponseLost {

    private ResponseLost() {
    }

    static <T> T retryOnce(Supplier<T> request, String what, Narrator narrator) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            if (!lost(e)) {
                throw e;
            }
            narrator.step("MCP: the connection closed before " + what + " was answered; sending it once more");
            return request.get();
        }
    }

    private static boolean lost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof McpResponseLostException) {
                return true;
            }
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
                return false;
            }
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
