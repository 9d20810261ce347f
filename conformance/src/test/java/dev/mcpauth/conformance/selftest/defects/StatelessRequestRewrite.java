package dev.mcpauth.conformance.selftest.defects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpauth.server.http.BufferedBodyStream;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * The 2026-07-28 requests (POSTs naming a protocol version in {@code MCP-Protocol-Version}) a defect changes before
 * the server reads them: the defect sees the headers and the body and answers what to send on instead.
 */
final class StatelessRequestRewrite {

    private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([^\"]+)\"");

    /** What reaches the server: headers replaced (a null value removes one) and the body. */
    record Rewritten(Map<String, String> headers, String body) {
    }

    @FunctionalInterface
    interface Rewrite {
        /** The request to send on instead, or null to send it unchanged. */
        Rewritten apply(HttpServletRequest request, String body);
    }

    private StatelessRequestRewrite() {
    }

    static FilterRegistrationBean<Filter> of(Rewrite rewrite) {
        return DefectFilters.first((request, response, chain) -> {
            String version = request.getHeader("MCP-Protocol-Version");
            if (!"POST".equals(request.getMethod()) || version == null || version.startsWith("2025-")) {
                chain.doFilter(request, response);
                return;
            }
            DefectFilters.ReadRequest read = DefectFilters.read(request);
            Rewritten rewritten = rewrite.apply(read.request(), read.body());
            chain.doFilter(rewritten == null ? read.request() : new Request(read.request(), rewritten), response);
        }, "/mcp", "/mcp/*");
    }

    /** The JSON-RPC method the body names. */
    static String method(String body) {
        Matcher matcher = METHOD.matcher(body);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static final class Request extends HttpServletRequestWrapper {

        private final Map<String, String> headers = new LinkedHashMap<>();
        private final byte[] body;

        Request(HttpServletRequest request, Rewritten rewritten) {
            super(request);
            rewritten.headers().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
            this.body = rewritten.body().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String getHeader(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            return headers.containsKey(key) ? headers.get(key) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            if (!headers.containsKey(key)) {
                return super.getHeaders(name);
            }
            return Collections.enumeration(headers.get(key) == null ? List.of() : List.of(headers.get(key)));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new java.util.ArrayList<>();
            Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !headers.containsKey(name.toLowerCase(Locale.ROOT))).forEach(names::add);
            headers.forEach((name, value) -> {
                if (value != null) {
                    names.add(name);
                }
            });
            return Collections.enumeration(names);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BufferedBodyStream(body);
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
