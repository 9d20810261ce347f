package dev.mcpauth.conformance.selftest.defects;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: the server remembers the credentials a session was opened with and serves later requests naming the
 * session without a token, as if the session id were a credential.
 */
@Configuration
public class SessionIdAcceptedWithoutToken {

    @Bean
    FilterRegistrationBean<Filter> sessionAsCredential() {
        Map<String, String> authorizationBySession = new ConcurrentHashMap<>();
        return DefectFilters.first((request, response, chain) -> {
            String sessionId = request.getHeader("Mcp-Session-Id");
            String authorization = request.getHeader("Authorization");
            if (sessionId != null && authorization == null && authorizationBySession.containsKey(sessionId)) {
                chain.doFilter(RewrittenRequest.withHeader(request, "Authorization",
                        authorizationBySession.get(sessionId)), response);
                return;
            }
            chain.doFilter(request, authorization == null ? response : new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    if ("Mcp-Session-Id".equalsIgnoreCase(name)) {
                        authorizationBySession.put(value, authorization);
                    }
                    super.setHeader(name, value);
                }
            });
        }, "/mcp", "/mcp/*");
    }
}
