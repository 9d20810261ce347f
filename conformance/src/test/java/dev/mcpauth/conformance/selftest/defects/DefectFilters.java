package dev.mcpauth.conformance.selftest.defects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import dev.mcpauth.server.http.CachedBodyRequest;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** Registers a defect filter in front of everything else, and rewrites response bodies. */
final class DefectFilters {

    @FunctionalInterface
    interface HttpFilter {
        void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException;
    }

    private DefectFilters() {
    }

    static FilterRegistrationBean<Filter> first(HttpFilter defect, String... urlPatterns) {
        Filter filter = (request, response, chain) ->
                defect.filter((HttpServletRequest) request, (HttpServletResponse) response, chain);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(urlPatterns);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setAsyncSupported(true);
        return registration;
    }

    /** A filter that lets the server answer, then changes the body text. */
    static FilterRegistrationBean<Filter> rewritingBody(UnaryOperator<String> rewrite, String... urlPatterns) {
        return first((request, response, chain) -> {
            ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, cached);
            String body = new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8);
            byte[] rewritten = rewrite.apply(body).getBytes(StandardCharsets.UTF_8);
            cached.resetBuffer();
            response.setContentLength(rewritten.length);
            response.getOutputStream().write(rewritten);
        }, urlPatterns);
    }

    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    /** The request's body, and a request that can still be read from the start by the server. */
    record ReadRequest(String body, HttpServletRequest request) {
    }

    /** Answers in the defect's stead, with a JSON body. */
    static void answerJson(HttpServletResponse response, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static ReadRequest read(HttpServletRequest request) throws IOException {
        CachedBodyRequest replay = CachedBodyRequest.read(request, MAX_BODY_BYTES);
        if (replay == null) {
            throw new IOException("request body larger than " + MAX_BODY_BYTES + " bytes");
        }
        return new ReadRequest(new String(replay.body(), StandardCharsets.UTF_8), replay);
    }

    /** The request with another body. */
    static HttpServletRequest withBody(HttpServletRequest request, byte[] body) {
        return new jakarta.servlet.http.HttpServletRequestWrapper(request) {
            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                return new dev.mcpauth.server.http.BufferedBodyStream(body);
            }

            @Override
            public java.io.BufferedReader getReader() {
                return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                        StandardCharsets.UTF_8));
            }

            @Override
            public int getContentLength() {
                return body.length;
            }

            @Override
            public long getContentLengthLong() {
                return body.length;
            }
        };
    }

    /**
     * A filter on POSTs to the MCP endpoint whose body contains {@code marker}: the server answers, then the answer
     * body is rewritten from the request body and the answer body. Other requests pass untouched, so event streams
     * keep working.
     */
    static FilterRegistrationBean<Filter> rewritingAnswerTo(String marker,
                                                           java.util.function.BinaryOperator<String> rewrite) {
        return first((request, response, chain) -> {
            if (!"POST".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            ReadRequest read = read(request);
            if (!read.body().contains(marker)) {
                chain.doFilter(read.request(), response);
                return;
            }
            ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
            chain.doFilter(read.request(), cached);
            String body = new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8);
            byte[] rewritten = rewrite.apply(read.body(), body).getBytes(StandardCharsets.UTF_8);
            cached.resetBuffer();
            response.setContentLength(rewritten.length);
            response.getOutputStream().write(rewritten);
        }, "/mcp", "/mcp/*");
    }

    /** A filter that changes one header's value wherever the server sets it. */
    static FilterRegistrationBean<Filter> rewritingHeader(String header, UnaryOperator<String> rewrite,
                                                         String... urlPatterns) {
        return first((request, response, chain) -> chain.doFilter(request,
                new jakarta.servlet.http.HttpServletResponseWrapper(response) {
                    @Override
                    public void setHeader(String name, String value) {
                        super.setHeader(name, header.equalsIgnoreCase(name) ? rewrite.apply(value) : value);
                    }

                    @Override
                    public void addHeader(String name, String value) {
                        super.addHeader(name, header.equalsIgnoreCase(name) ? rewrite.apply(value) : value);
                    }
                }), urlPatterns);
    }
}
