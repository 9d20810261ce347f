package dev.mcpauth.conformance.selftest.defects;

import java.util.List;

import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: a token with mcp:admin but without mcp:tools is refused, though the server declares admin includes tools. */
@Configuration
public class ScopeHierarchyIgnored {

    @Bean
    FilterRegistrationBean<Filter> narrowerScopeDemanded() {
        return DefectFilters.first((request, response, chain) -> {
            String authorization = request.getHeader("Authorization");
            List<String> scopes = List.of();
            if (authorization != null && authorization.startsWith("Bearer ")) {
                try {
                    String scope = SignedJWT.parse(authorization.substring(7)).getJWTClaimsSet().getStringClaim("scope");
                    scopes = scope == null ? List.of() : List.of(scope.split(" "));
                } catch (java.text.ParseException notJwt) {
                    // the gate refuses it anyway
                }
            }
            if (scopes.contains("mcp:admin") && !scopes.contains("mcp:tools")) {
                response.setStatus(403);
                response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"mcp:tools\"");
                return;
            }
            chain.doFilter(request, response);
        }, "/mcp", "/mcp/*");
    }
}
