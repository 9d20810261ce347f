package dev.mcpauth.server.mcp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.mcpauth.server.http.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP SDK's 2025 servlet transport answers a refused message (no session id, unknown session, a batch, a body
 * that is not JSON-RPC) with its Java exception serialised as JSON, stack trace included; both SDK transports answer
 * some refusals (a forbidden Origin, GET or DELETE on the 2026-07-28 wire, a body too large) with the container's
 * error page. This filter turns those answers into what Streamable HTTP allows ("Sending Messages": an HTTP error
 * whose body MAY be a JSON-RPC error without an id), and keeps the server's internals out of its answers. A body
 * that already is a JSON-RPC response (the 2026-07-28 transport's errors, with their id and data) and answers below
 * 400, such as event streams, pass through untouched.
 */
final class TransportErrorBodies extends OncePerRequestFilter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorCapture capture = new ErrorCapture(response);
        chain.doFilter(request, capture);
        if (capture.captured != null) {
            capture.finish();
        }
    }

    /** The JSON-RPC error for a captured SDK error body, or the body unchanged when it is something else. */
    static byte[] jsonRpcError(byte[] body) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (RuntimeException notJson) {
            return body;
        }
        JsonNode error = tree.has("jsonRpcError") ? tree.get("jsonRpcError") : tree.get("error");
        if (error == null || !error.isObject() || isJsonRpcResponse(tree)) {
            return body;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        int code = error.path("code").asInt(-32600);
        details.put("code", code);
        details.put("message", withoutInternals(error.path("message").asString("Invalid request"), code));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("jsonrpc", "2.0");
        message.put("error", details);
        return Json.write(message).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isJsonRpcResponse(JsonNode tree) {
        return "2.0".equals(tree.path("jsonrpc").asString("")) && tree.path("error").path("code").isInt();
    }

    /** The id-less JSON-RPC error standing for an HTTP error the container would otherwise answer with a page. */
    static byte[] jsonRpcError(int status, String message) {
        int code = status >= 500 ? -32603 : -32600;
        String reason = HttpStatus.resolve(status) == null ? "Error" : HttpStatus.resolve(status).getReasonPhrase();
        String text = message == null || message.isBlank() ? reason : withoutInternals(message, code);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("message", text);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("jsonrpc", "2.0");
        error.put("error", details);
        return Json.write(error).getBytes(StandardCharsets.UTF_8);
    }

    /** The SDK's messages may name Java classes and exceptions; those are replaced by the plain JSON-RPC meaning. */
    static String withoutInternals(String message, int code) {
        boolean internal = message.contains("Exception") || message.contains("tools.jackson")
                || message.contains("io.modelcontextprotocol") || message.contains("java.");
        if (!internal) {
            return message;
        }
        return switch (code) {
            case -32700 -> "Parse error";
            case -32601 -> "Method not found";
            case -32602 -> "Invalid params";
            case -32603 -> "Internal error";
            default -> "Invalid Request: not a valid JSON-RPC message";
        };
    }

    /**
     * Buffers the body only of answers whose status is already an error when writing starts, and answers an HTTP
     * error itself instead of letting the container render its error page.
     */
    private static final class ErrorCapture extends HttpServletResponseWrapper {
        private ByteArrayOutputStream captured;
        private PrintWriter writer;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            resetBuffer();
            setStatus(status);
            writer = null;
            captured = new ByteArrayOutputStream();
            captured.writeBytes(jsonRpcError(status, message));
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (getStatus() < 400) {
                return super.getOutputStream();
            }
            captured = captured == null ? new ByteArrayOutputStream() : captured;
            ByteArrayOutputStream sink = captured;
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) {
                    sink.write(b);
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (getStatus() < 400) {
                return super.getWriter();
            }
            if (writer == null) {
                captured = captured == null ? new ByteArrayOutputStream() : captured;
                writer = new PrintWriter(new OutputStreamWriter(captured, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (captured == null) {
                super.flushBuffer();
            }
        }

        @Override
        public void setContentLength(int length) {
            if (getStatus() < 400) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (getStatus() < 400) {
                super.setContentLengthLong(length);
            }
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            byte[] body = jsonRpcError(captured.toByteArray());
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
