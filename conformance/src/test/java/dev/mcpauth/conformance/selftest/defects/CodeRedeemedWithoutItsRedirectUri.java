package dev.mcpauth.conformance.selftest.defects;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect of RFC 6749 only: a code is redeemed without the redirect URI of its authorization request, as OAuth 2.1
 * allows (the server fills in the one its client last authorized with). Another redirect URI is still refused.
 */
@Configuration
public class CodeRedeemedWithoutItsRedirectUri {

    private final Map<String, String> redirectUriByClient = new ConcurrentHashMap<>();

    @Bean
    FilterRegistrationBean<Filter> rememberRedirectUris() {
        return DefectFilters.first((request, response, chain) -> {
            String clientId = request.getParameter("client_id");
            String redirectUri = request.getParameter("redirect_uri");
            if ("GET".equals(request.getMethod()) && clientId != null && redirectUri != null) {
                redirectUriByClient.put(clientId, redirectUri);
            }
            chain.doFilter(request, response);
        }, "/authorize");
    }

    @Bean
    FilterRegistrationBean<Filter> fillInTheRedirectUri() {
        return DefectFilters.first((request, response, chain) -> {
            if (!"POST".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            RewrittenRequest parsed = RewrittenRequest.withParameters(request, Map.of());
            String clientId = clientId(parsed);
            String known = clientId == null ? null : redirectUriByClient.get(clientId);
            if ("authorization_code".equals(parsed.getParameter("grant_type")) && known != null
                    && parsed.getParameter("redirect_uri") == null) {
                chain.doFilter(RewrittenRequest.withParameters(parsed, Map.of("redirect_uri", known)), response);
            } else {
                chain.doFilter(parsed, response);
            }
        }, "/token");
    }

    private static String clientId(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            return java.net.URLDecoder.decode(pair.substring(0, Math.max(0, pair.indexOf(':'))),
                    StandardCharsets.UTF_8);
        }
        return request.getParameter("client_id");
    }
}
