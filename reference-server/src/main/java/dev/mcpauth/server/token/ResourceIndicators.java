package dev.mcpauth.server.token;

import java.net.URI;
import java.util.List;

import dev.mcpauth.server.config.ServerUrls;
import org.springframework.stereotype.Component;

/**
 * Checks the RFC 8707 {@code resource} parameter: this server protects one resource, its MCP endpoint, named by
 * its exact canonical URI. Absent means that resource; anything else is {@code invalid_target}.
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
        for (URI resource : resources) {
            if (!resource.toString().equals(urls.resource())) {
                throw TokenRequestRejection.invalidTarget("unknown resource " + resource
                        + "; this server issues tokens only for " + urls.resource());
            }
        }
        return urls.resource();
    }
}
