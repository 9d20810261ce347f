package dev.mcpauth.conformance.selftest.defects;

import java.nio.charset.StandardCharsets;

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
                byte[] body = ("{\"jsonrpc\":\"2.0\",\"id\":6,\"result\":{\"supportedVersions\":[\"2026-07-28\"],"
                        + "\"capabilities\":{},\"resultType\":\"complete\"}}").getBytes(StandardCharsets.UTF_8);
                response.setStatus(200);
                response.setContentType("application/json");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                return;
            }
            chain.doFilter(request, response);
        }, "/mcp", "/mcp/*");
    }
}
