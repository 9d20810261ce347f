package dev.mcpauth.conformance.selftest.defects;

import java.util.Map;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: a request stating a protocol version the server does not speak is served as 2026-07-28. */
@Configuration
public class UnsupportedVersionServed {

    private static final String UNKNOWN = "1900-01-01";

    @Bean
    FilterRegistrationBean<Filter> unknownVersionServed() {
        return StatelessRequestRewrite.of((request, body) -> !UNKNOWN.equals(request.getHeader("MCP-Protocol-Version"))
                ? null : new StatelessRequestRewrite.Rewritten(Map.of("MCP-Protocol-Version", "2026-07-28"),
                        body.replace(UNKNOWN, "2026-07-28")));
    }
}
