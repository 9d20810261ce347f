package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: a POST body that is not JSON is refused with 400, but its JSON-RPC error names an id it cannot know. */
@Configuration
public class NotificationRefusedWithAnId {

    @Bean
    FilterRegistrationBean<Filter> refuseWithAnId() {
        return DefectFilters.first((request, response, chain) -> {
            DefectFilters.ReadRequest read = DefectFilters.read(request);
            String body = read.body().trim();
            if ("POST".equals(request.getMethod()) && request.getHeader("Authorization") != null
                    && body.startsWith("{") && !body.endsWith("}")) {
                DefectFilters.answerJson(response, 400,
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32700,\"message\":\"Parse error\"}}");
            } else {
                chain.doFilter(read.request(), response);
            }
        }, "/mcp", "/mcp/*");
    }
}
