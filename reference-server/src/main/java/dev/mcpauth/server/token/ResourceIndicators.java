package dev.mcpauth.server.token;

import java.net.URI;
import java.util.List;

import dev.mcpauth.server.config.ServerUrls;
import org.springframework.stereotype.Component;

/**
 * Checks the RFC 8707 {@code resource} parameter: the embedded authorization server issues tokens for the MCP
 * endpoint (the default when the parameter is absent) and for the configured additional resources, each named by
 * its exact URI; anything else is {@code invalid_target}. One token names one resource.
 */
@Component
public class ResourceIndicators {

    private final ServerUrls urls;

    public ResourceIndicators(ServerUrls urls) {
        this.urls = urls;
    }

    /** The audience for a token asked for with these {@code resource} values. */
    public String audienceFor(List<URI> resources) {
        if (resources == null || resources.isEmpty()) {
            return urls.resource();
        }
        String first = resources.get(0).toString();
        for (URI resource : resources) {
            String value = resource.toString();
            if (!value.equals(urls.resource()) && !urls.additionalResources().contains(value)) {
                throw TokenRequestRejection.invalidTarget("unknown resource " + resource
                        + "; this server issues tokens only for " + urls.resource());
            }
            if (!value.equals(first)) {
                throw TokenRequestRejection.invalidTarget("a token can be issued for one resource only");
            }
        }
        return first;
    }
}
