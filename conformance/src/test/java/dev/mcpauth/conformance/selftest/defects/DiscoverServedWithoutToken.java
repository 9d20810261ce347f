package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: server/discover is answered to anyone, without a token, though the server requires one everywhere. */
@Configuration
public class DiscoverServedWithoutToken {

    @Bean
    FilterRegistrationBean<Filter> openDiscover() {
        return DefectFilters.first((request, response, chain) -> {
            if ("POST".equals(request.getMethod()) && "server/discover".equals(request.getHeader("Mcp-Method"))
                    && request.getHeader("Authorization") == null) {
                DefectFilters.answerJson(response, 200, "{\"jsonrpc\":\"2.0\",\"id\":6,\"result\":{\"supportedVersions\":"
                        + "[\"2026-07-28\"],\"capabilities\":{},\"resultType\":\"complete\"}}");
                return;
            }
            chain.doFilter(request, response);
        }, "/mcp", "/mcp/*");
    }
}
