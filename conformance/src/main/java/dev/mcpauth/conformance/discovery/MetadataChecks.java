package dev.mcpauth.conformance.discovery;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.mcpauth.conformance.http.ResponseBodies;
import io.restassured.response.Response;

/** Checks on metadata documents (RFC 9728, RFC 8414), comparing strings exactly as the RFCs require. */
public final class MetadataChecks {

    private MetadataChecks() {
    }

    public static void jsonObject(Response response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("The metadata URL answered " + response.statusCode() + " instead of 200.");
        }
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (!contentType.startsWith("application/json")) {
            throw new AssertionError("The metadata is served as \"" + contentType + "\", not application/json.");
        }
        if (Discovery.jsonObject(response) == null) {
            throw new AssertionError("The metadata body is not a JSON object: " + ResponseBodies.abbreviate(response.asString()));
        }
    }

    public static void namesAuthorizationServers(Map<String, Object> metadata) {
        if (!(metadata.get("authorization_servers") instanceof List<?> servers) || servers.isEmpty()) {
            throw new AssertionError("authorization_servers is missing or empty, so a client cannot find where "
                    + "to get a token.");
        }
        for (Object server : servers) {
            if (!(server instanceof String issuer) || !isAbsoluteHttpUrl(issuer) || issuer.contains("?")
                    || issuer.contains("#")) {
                throw new AssertionError("authorization_servers must hold issuer URLs without query or fragment, "
                        + "but holds " + server);
            }
        }
    }

    public static void hasResource(Map<String, Object> metadata) {
        if (!(metadata.get("resource") instanceof String resource) || resource.isBlank()) {
            throw new AssertionError("The protected resource metadata has no resource member.");
        }
    }

    public static void resourceCoversServer(Map<String, Object> metadata, String mcpUrl) {
        String resource = resource(metadata);
        if (!mcpUrl.equals(resource) && !(WellKnownUrls.origin(resource).equals(WellKnownUrls.origin(mcpUrl))
                && (mcpUrl.startsWith(resource.endsWith("/") ? resource : resource + "/")
                || resource.equals(WellKnownUrls.origin(mcpUrl))))) {
            throw new AssertionError("The metadata describes the resource \"" + resource + "\", which is not the "
                    + "MCP server \"" + mcpUrl + "\" nor a prefix of it. A client must not use metadata of another "
                    + "resource (RFC 9728 section 3.3), so it cannot get a token for this server.");
        }
    }

    public static void resourceIsExactly(Map<String, Object> metadata, String mcpUrl) {
        String resource = resource(metadata);
        if (!resource.equals(mcpUrl)) {
            throw new AssertionError("The metadata's resource is \"" + resource + "\" but the MCP server's URL is \""
                    + mcpUrl + "\". RFC 9728 wants them identical; clients that compare strictly will refuse it.");
        }
    }

    public static void noQueryBearerMethod(Map<String, Object> metadata) {
        if (metadata.get("bearer_methods_supported") instanceof List<?> methods && methods.contains("query")) {
            throw new AssertionError("bearer_methods_supported lists \"query\", but MCP forbids tokens in the query "
                    + "string.");
        }
    }

    public static void issuerIdentical(Map<String, Object> metadata, String issuer) {
        Object published = metadata.get("issuer");
        if (!issuer.equals(published)) {
            throw new AssertionError("The metadata's issuer is \"" + published + "\" but it was fetched for \"" + issuer
                    + "\". They must be identical (RFC 8414 section 3.3), or clients must not use the metadata.");
        }
    }

    public static void absoluteUrl(Map<String, Object> metadata, String member) {
        Object value = metadata.get(member);
        if (!(value instanceof String url) || !isAbsoluteHttpUrl(url)) {
            throw new AssertionError("The metadata's " + member + " is " + (value == null ? "missing" : "\"" + value
                    + "\"") + "; it must be an absolute URL.");
        }
    }

    public static void authorizationEndpointUnlessNoCodeGrant(Map<String, Object> metadata) {
        Object grants = metadata.get("grant_types_supported");
        boolean codeGrant = !(grants instanceof List<?> list) || list.contains("authorization_code");
        if (codeGrant) {
            absoluteUrl(metadata, "authorization_endpoint");
        }
    }

    public static void listContains(Map<String, Object> metadata, String member, String value) {
        Object list = metadata.get(member);
        if (!(list instanceof List<?> values) || !values.contains(value)) {
            throw new AssertionError("The metadata's " + member + " is " + list + "; it must include \"" + value
                    + "\".");
        }
    }

    private static String resource(Map<String, Object> metadata) {
        hasResource(metadata);
        return (String) metadata.get("resource");
    }

    private static boolean isAbsoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

}
