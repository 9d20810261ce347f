package dev.mcpauth.conformance.selftest.defects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

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
}
