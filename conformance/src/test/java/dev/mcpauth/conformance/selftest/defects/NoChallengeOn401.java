package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the MCP endpoint's 401 and 403 answers carry no WWW-Authenticate header. */
@Configuration
public class NoChallengeOn401 {

    @Bean
    FilterRegistrationBean<Filter> dropChallenges() {
        return DefectFilters.first((request, response, chain) -> chain.doFilter(request,
                new HttpServletResponseWrapper(response) {
                    @Override
                    public void setHeader(String name, String value) {
                        if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
                            super.setHeader(name, value);
                        }
                    }

                    @Override
                    public void addHeader(String name, String value) {
                        if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
                            super.addHeader(name, value);
                        }
                    }
                }), "/mcp", "/mcp/*");
    }
}
