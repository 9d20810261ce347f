package dev.mcpauth.server.token;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import dev.mcpauth.server.config.ServerUrls;
import org.springframework.stereotype.Component;

/**
 * Checks the RFC 8707 {@code resource} parameter: the embedded authorization server issues tokens for the MCP
 * endpoint (the default when the parameter is absent) and for the configured additional resources, each named by
 * its URI; anything else is {@code invalid_target}. Scheme and host are compared case-insensitively (MCP
 * "Canonical Server URI": the lowercase form is canonical, uppercase should be accepted) and the token names the
 * canonical form; the rest of the URI must match exactly. One token names one resource.
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
        String first = known(resources.get(0));
        for (URI resource : resources) {
            if (!known(resource).equals(first)) {
                throw TokenRequestRejection.invalidTarget("a token can be issued for one resource only");
            }
        }
        return first;
    }

    /** The configured resource this value names, in its canonical spelling. */
    private String known(URI resource) {
        String value = canonical(resource);
        if (value.equals(urls.resource())) {
            return urls.resource();
        }
        return urls.additionalResources().stream().filter(value::equals).findFirst()
                .orElseThrow(() -> TokenRequestRejection.invalidTarget("unknown resource " + resource
                        + "; this server issues tokens only for " + urls.resource()));
    }

    /** The URI with scheme and host in lower case, everything else as sent. */
    static String canonical(URI resource) {
        if (resource.getScheme() == null || resource.getRawAuthority() == null) {
            return resource.toString();
        }
        String authority = resource.getRawAuthority();
        String host = resource.getHost();
        if (host != null) {
            int at = authority.lastIndexOf('@');
            String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
            String hostAndPort = authority.substring(at + 1);
            authority = userInfo + host.toLowerCase(Locale.ROOT) + hostAndPort.substring(host.length());
        }
        String rest = resource.toString().substring(resource.getScheme().length() + 3 + resource.getRawAuthority()
                .length());
        return resource.getScheme().toLowerCase(Locale.ROOT) + "://" + authority + rest;
    }
}
