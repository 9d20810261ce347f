package dev.mcpauth.conformance.selftest.defects;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: every second challenge names one more scope than the first, for the same request. */
@Configuration
public class ChallengedScopesVary {

    @Bean
    FilterRegistrationBean<Filter> alternatingScopes() {
        AtomicInteger challenges = new AtomicInteger();
        return DefectFilters.rewritingHeader("WWW-Authenticate", challenge -> challenges.incrementAndGet() % 2 == 0
                ? challenge.replaceFirst("scope=\"([^\"]*)\"", "scope=\"$1 mcp:extra\"") : challenge, "/mcp", "/mcp/*");
    }
}
