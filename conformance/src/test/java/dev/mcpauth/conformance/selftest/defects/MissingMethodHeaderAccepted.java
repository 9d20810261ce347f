package dev.mcpauth.conformance.selftest.defects;

import java.util.Map;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: a 2026-07-28 request without Mcp-Method is served as if the header named the body's method. */
@Configuration
public class MissingMethodHeaderAccepted {

    @Bean
    FilterRegistrationBean<Filter> methodHeaderFilledIn() {
        return StatelessRequestRewrite.of((request, body) -> request.getHeader("Mcp-Method") != null ? null
                : new StatelessRequestRewrite.Rewritten(Map.of("Mcp-Method", StatelessRequestRewrite.method(body)),
                        body));
    }
}
