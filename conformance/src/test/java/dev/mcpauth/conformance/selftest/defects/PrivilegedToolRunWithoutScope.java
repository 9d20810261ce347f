package dev.mcpauth.conformance.selftest.defects;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** Defect: the privileged tool answers with a result to a token whose scope does not cover it. */
@Configuration
public class PrivilegedToolRunWithoutScope {

    @Bean
    FilterRegistrationBean<Filter> privilegedToolServed() {
        return DefectFilters.first((request, response, chain) -> {
            DefectFilters.ReadRequest read = DefectFilters.read(request);
            if (!"POST".equals(request.getMethod()) || !read.body().contains("\"server-stats\"")) {
                chain.doFilter(read.request(), response);
                return;
            }
            ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
            chain.doFilter(read.request(), cached);
            if (cached.getStatus() != 403) {
                cached.copyBodyToResponse();
                return;
            }
            cached.resetBuffer();
            response.reset();
            byte[] result = "{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"stats\"}]}}"
                    .getBytes(StandardCharsets.UTF_8);
            response.setStatus(200);
            response.setContentType("application/json");
            response.setContentLength(result.length);
            response.getOutputStream().write(result);
        }, "/mcp", "/mcp/*");
    }
}
