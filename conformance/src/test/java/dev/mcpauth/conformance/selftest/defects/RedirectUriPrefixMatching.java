package dev.mcpauth.conformance.selftest.defects;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.mcpauth.server.store.ClientStore;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: the authorization server accepts any redirect URI that starts with a registered one, and redirects there.
 */
@Configuration
public class RedirectUriPrefixMatching {

    @Bean
    FilterRegistrationBean<Filter> prefixMatch(ClientStore clients) {
        return DefectFilters.first((request, response, chain) -> {
            String requested = request.getParameter("redirect_uri");
            Optional<String> registered = clients.find(request.getParameter("client_id"))
                    .map(client -> client.clientMetadata().getRedirectionURIs())
                    .orElse(Set.of()).stream().map(URI::toString)
                    .filter(uri -> requested != null && requested.startsWith(uri) && !requested.equals(uri))
                    .findFirst();
            if (registered.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            String exact = registered.get();
            chain.doFilter(RewrittenRequest.withParameters(request, Map.of("redirect_uri", exact)),
                    new HttpServletResponseWrapper(response) {
                        @Override
                        public void setHeader(String name, String value) {
                            super.setHeader(name, "Location".equalsIgnoreCase(name) && value.startsWith(exact)
                                    ? requested + (requested.contains("?") ? "&" : "?")
                                            + value.substring(value.indexOf('?') + 1) : value);
                        }
                    });
        }, "/authorize");
    }
}
