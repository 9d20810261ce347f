package dev.mcpauth.conformance.selftest.defects;

import java.util.Map;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: a 2026-07-28 request whose Mcp-Method differs from its body's method is served by the body. */
@Configuration
public class MethodHeaderMismatchIgnored {

    @Bean
    FilterRegistrationBean<Filter> methodHeaderOverwritten() {
        return StatelessRequestRewrite.of((request, body) -> {
            String header = request.getHeader("Mcp-Method");
            String method = StatelessRequestRewrite.method(body);
            return header == null || header.equals(method) ? null
                    : new StatelessRequestRewrite.Rewritten(Map.of("Mcp-Method", method), body);
        });
    }
}
