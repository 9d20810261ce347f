package dev.mcpauth.conformance.selftest.defects;

import java.util.Map;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: a 2026-07-28 request whose _meta lacks the client capabilities is served as if it had declared none. */
@Configuration
public class MissingCapabilitiesAccepted {

    private static final String CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";

    @Bean
    FilterRegistrationBean<Filter> capabilitiesFilledIn() {
        return StatelessRequestRewrite.of((request, body) -> body.contains(CAPABILITIES) || !body.contains("\"_meta\":{")
                ? null : new StatelessRequestRewrite.Rewritten(Map.of(),
                        body.replace("\"_meta\":{", "\"_meta\":{\"" + CAPABILITIES + "\":{},")));
    }
}
