package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect (of a SHOULD): the 403 insufficient_scope challenge does not say which scope is needed. */
@Configuration
public class InsufficientScopeWithoutScope {

    @Bean
    FilterRegistrationBean<Filter> challengeWithoutScope() {
        return DefectFilters.first((request, response, chain) -> chain.doFilter(request,
                new HttpServletResponseWrapper(response) {
                    @Override
                    public void setHeader(String name, String value) {
                        super.setHeader(name, "WWW-Authenticate".equalsIgnoreCase(name)
                                && value.contains("insufficient_scope")
                                ? value.replaceFirst(", scope=\"[^\"]*\"", "") : value);
                    }
                }), "/mcp", "/mcp/*");
    }
}
