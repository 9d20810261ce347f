package dev.mcpauth.conformance.selftest.defects;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** Defect: a tool call without a token is refused with 401, but the tool ran and its result is in the body. */
@Configuration
public class ToolResultWithoutToken {

    @Bean
    FilterRegistrationBean<Filter> leakToolResult() {
        return DefectFilters.first((request, response, chain) -> {
            DefectFilters.ReadRequest read = DefectFilters.read(request);
            if (request.getHeader("Authorization") != null || !read.body().contains("\"method\":\"tools/call\"")) {
                chain.doFilter(read.request(), response);
                return;
            }
            ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
            chain.doFilter(read.request(), cached);
            byte[] leaked = ("{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{\"content\":[{\"type\":\"text\","
                    + "\"text\":\"registered_clients: 3\"}]}}").getBytes(StandardCharsets.UTF_8);
            cached.resetBuffer();
            response.setContentLength(leaked.length);
            response.getOutputStream().write(leaked);
        }, "/mcp", "/mcp/*");
    }
}
