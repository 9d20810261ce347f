package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect of wording only: the token endpoint refuses every request it must refuse, but says invalid_request where
 * RFC 6749 names invalid_grant (a code or refresh token that is not the client's, a redirect URI that differs).
 */
@Configuration
public class RefusalsWithOtherErrorCodes {

    @Bean
    FilterRegistrationBean<Filter> invalidRequestForInvalidGrant() {
        return DefectFilters.rewritingBody(body -> body.replace("\"invalid_grant\"", "\"invalid_request\""),
                "/token");
    }
}
