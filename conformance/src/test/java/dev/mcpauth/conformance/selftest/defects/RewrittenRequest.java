package dev.mcpauth.conformance.selftest.defects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.mcpauth.server.http.BufferedBodyStream;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose query or form parameters a defect has changed, consistently for every way of reading them. */
final class RewrittenRequest extends HttpServletRequestWrapper {

    /** Every value of each parameter, in order: a parameter sent twice stays twice. */
    private final Map<String, java.util.List<String>> parameters;
    private final boolean inBody;
    private final Map<String, String> extraHeaders;

    private RewrittenRequest(HttpServletRequest request, Map<String, java.util.List<String>> parameters, boolean inBody,
                             Map<String, String> extraHeaders) {
        super(request);
        this.parameters = parameters;
        this.inBody = inBody;
        this.extraHeaders = extraHeaders;
    }

    /** The request with parameters replaced (null value: removed), in the query or the form body. */
    static RewrittenRequest withParameters(HttpServletRequest request, Map<String, String> changes)
            throws IOException {
        boolean inBody = "POST".equals(request.getMethod());
        String raw = inBody ? new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                : request.getQueryString();
        Map<String, java.util.List<String>> parameters = parse(raw);
        changes.forEach((name, value) -> {
            if (value == null) {
                parameters.remove(name);
            } else {
                parameters.put(name, java.util.List.of(value));
            }
        });
        return new RewrittenRequest(request, parameters, inBody, Map.of());
    }

    static RewrittenRequest withHeader(HttpServletRequest request, String name, String value) {
        return new RewrittenRequest(request, null, false, Map.of(name.toLowerCase(), value));
    }

    @Override
    public String getHeader(String name) {
        return extraHeaders.getOrDefault(name.toLowerCase(), super.getHeader(name));
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        String extra = extraHeaders.get(name.toLowerCase());
        return extra != null ? Collections.enumeration(java.util.List.of(extra)) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        java.util.List<String> names = Collections.list(super.getHeaderNames());
        names.addAll(extraHeaders.keySet());
        return Collections.enumeration(names);
    }

    @Override
    public String getQueryString() {
        return parameters == null || inBody ? super.getQueryString() : encode(parameters);
    }

    @Override
    public String getParameter(String name) {
        return parameters == null ? super.getParameter(name)
                : parameters.containsKey(name) ? parameters.get(name).get(0) : null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            return super.getParameterMap();
        }
        Map<String, String[]> map = new LinkedHashMap<>();
        parameters.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
        return map;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return parameters == null ? super.getParameterNames() : Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters == null ? super.getParameterValues(name)
                : parameters.containsKey(name) ? parameters.get(name).toArray(String[]::new) : null;
    }

    @Override
    public int getContentLength() {
        return inBody ? encode(parameters).getBytes(StandardCharsets.UTF_8).length : super.getContentLength();
    }

    @Override
    public long getContentLengthLong() {
        return getContentLength();
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (!inBody) {
            return super.getInputStream();
        }
        return new BufferedBodyStream(encode(parameters).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    private static Map<String, java.util.List<String>> parse(String raw) {
        Map<String, java.util.List<String>> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String encode(Map<String, java.util.List<String>> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.forEach((name, values) -> values.forEach(value -> out.append(out.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return out.toString();
    }
}
