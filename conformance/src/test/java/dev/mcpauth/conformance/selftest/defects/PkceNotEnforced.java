package dev.mcpauth.conformance.selftest.defects;

import java.util.Map;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: the authorization server ignores PKCE. Whatever challenge and verifier a client sends (or none), the
 * server behaves as if they matched.
 */
@Configuration
public class PkceNotEnforced {

    private static final CodeVerifier KNOWN = new CodeVerifier();

    @Bean
    FilterRegistrationBean<Filter> ignoreChallenge() {
        String challenge = CodeChallenge.compute(CodeChallengeMethod.S256, KNOWN).getValue();
        return DefectFilters.first((request, response, chain) -> chain.doFilter(RewrittenRequest.withParameters(
                request, Map.of("code_challenge", challenge, "code_challenge_method", "S256")), response),
                "/authorize");
    }

    @Bean
    FilterRegistrationBean<Filter> ignoreVerifier() {
        return DefectFilters.first((request, response, chain) -> {
            if ("POST".equals(request.getMethod())) {
                chain.doFilter(RewrittenRequest.withParameters(request,
                        Map.of("code_verifier", KNOWN.getValue())), response);
            } else {
                chain.doFilter(request, response);
            }
        }, "/token");
    }
}
