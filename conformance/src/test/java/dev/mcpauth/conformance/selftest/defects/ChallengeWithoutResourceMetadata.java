package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: the MCP endpoint's challenges leave out resource_metadata ({@code relative} = true: give it as a relative
 * path instead of an absolute URL).
 */
@Configuration
public class ChallengeWithoutResourceMetadata {

    @Bean
    FilterRegistrationBean<Filter> withoutResourceMetadata() {
        return rewriteChallenges(false);
    }

    static FilterRegistrationBean<Filter> rewriteChallenges(boolean relative) {
        return DefectFilters.first((request, response, chain) -> chain.doFilter(request,
                new HttpServletResponseWrapper(response) {
                    @Override
                    public void setHeader(String name, String value) {
                        super.setHeader(name, "WWW-Authenticate".equalsIgnoreCase(name) ? rewrite(value) : value);
                    }

                    private String rewrite(String challenge) {
                        return relative
                                ? challenge.replaceFirst("resource_metadata=\"https?://[^/\"]+", "resource_metadata=\"")
                                // drop the parameter and its separator, keeping the challenge well-formed
                                : challenge.replaceFirst("resource_metadata=\"[^\"]*\"(, )?", "")
                                        .replaceFirst(",\\s*$", "");
                    }
                }), "/mcp", "/mcp/*");
    }

    /** The same defect, with the URL made relative. */
    @Configuration
    public static class Relative {
        @Bean
        FilterRegistrationBean<Filter> relativeResourceMetadata() {
            return rewriteChallenges(true);
        }
    }
}
