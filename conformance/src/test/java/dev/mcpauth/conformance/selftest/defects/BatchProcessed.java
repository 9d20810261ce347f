package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: an authorized JSON-RPC batch is processed and answered with one result per request. */
@Configuration
public class BatchProcessed {

    @Bean
    FilterRegistrationBean<Filter> processBatches() {
        return DefectFilters.first((request, response, chain) -> {
            DefectFilters.ReadRequest read = DefectFilters.read(request);
            if (read.body().trim().startsWith("[") && request.getHeader("Authorization") != null) {
                response.setStatus(200);
                response.setContentType("application/json");
                response.getWriter().write("[{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{}},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{}}]");
            } else {
                chain.doFilter(read.request(), response);
            }
        }, "/mcp", "/mcp/*");
    }
}
