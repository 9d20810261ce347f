package dev.mcpauth.conformance.discovery;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.mcpauth.conformance.verdict.Findings;

/**
 * Checks on the members of the protected resource metadata (RFC 9728 §2, §3.2) and on the transport security of
 * the URLs the metadata documents publish (MCP authorization, Communication Security).
 */
public final class ResourceMetadataChecks {

    /** Members RFC 9728 §2 defines as JSON arrays; only bearer_methods_supported may be empty. */
    static final List<String> ARRAY_MEMBERS = List.of("authorization_servers", "scopes_supported",
            "bearer_methods_supported", "resource_signing_alg_values_supported",
            "resource_encryption_alg_values_supported", "resource_encryption_enc_values_supported",
            "authorization_details_types_supported", "dpop_signing_alg_values_supported");

    private ResourceMetadataChecks() {
    }

    public static void resourceHttpsWithoutFragment(Map<String, Object> metadata) {
        URI resource = uri(metadata.get("resource"), "resource");
        if (resource.getRawFragment() != null) {
            throw new AssertionError("The resource identifier \"" + resource + "\" has a fragment; RFC 9728 section "
                    + "1.2 forbids one, since clients compare it with the URL they called.");
        }
        requireTls(resource, "resource");
    }

    public static void resourceWithoutQuery(Map<String, Object> metadata) {
        URI resource = uri(metadata.get("resource"), "resource");
        if (resource.getRawQuery() != null) {
            throw new AssertionError("The resource identifier \"" + resource + "\" has a query component, which RFC "
                    + "9728 section 1.2 advises against.");
        }
    }

    public static void multiValuedMembersNonEmptyArrays(Map<String, Object> metadata) {
        for (String member : ARRAY_MEMBERS) {
            if (!metadata.containsKey(member)) {
                continue;
            }
            if (!(metadata.get(member) instanceof List<?> values)) {
                throw new AssertionError("The metadata's " + member + " is " + metadata.get(member) + ", not a JSON "
                        + "array (RFC 9728 section 3.2).");
            }
            if (values.isEmpty() && !member.equals("bearer_methods_supported")) {
                throw new AssertionError("The metadata's " + member + " is an empty array; RFC 9728 section 3.2 "
                        + "wants members without values left out.");
            }
        }
    }

    public static void scopesListed(Map<String, Object> metadata) {
        if (!(metadata.get("scopes_supported") instanceof List<?> scopes)
                || !scopes.stream().allMatch(String.class::isInstance)) {
            throw new AssertionError("The metadata's scopes_supported is " + metadata.get("scopes_supported")
                    + "; it should be an array of the scope strings the resource understands, so clients can ask "
                    + "for them.");
        }
    }

    public static void resourceNamed(Map<String, Object> metadata) {
        if (!(metadata.get("resource_name") instanceof String name) || name.isBlank()) {
            throw new AssertionError("The metadata has no resource_name; RFC 9728 section 2 recommends a "
                    + "human-readable name for consent screens.");
        }
    }

    public static String jwksUri(Map<String, Object> metadata) {
        if (!metadata.containsKey("jwks_uri")) {
            throw Findings.skip("The metadata lists no jwks_uri.");
        }
        URI uri = uri(metadata.get("jwks_uri"), "jwks_uri");
        requireTls(uri, "jwks_uri");
        return uri.toString();
    }

    /** A key set holding both signing and encryption keys labels every key with use (RFC 9728 §2). */
    public static void keysLabelledWhenMixed(Map<String, Object> jwks) {
        if (!(jwks != null && jwks.get("keys") instanceof List<?> keys)) {
            throw new AssertionError("The jwks_uri does not serve a JWK set with a keys array.");
        }
        boolean signing = keys.stream().anyMatch(key -> key instanceof Map<?, ?> k && "sig".equals(k.get("use")));
        boolean encryption = keys.stream().anyMatch(key -> key instanceof Map<?, ?> k && "enc".equals(k.get("use")));
        if (signing && encryption && keys.stream().anyMatch(key -> !(key instanceof Map<?, ?> k)
                || !k.containsKey("use"))) {
            throw new AssertionError("The key set mixes signing and encryption keys but not every key says its use.");
        }
    }

    public static void noNoneSigningAlgorithm(Map<String, Object> metadata) {
        Object algorithms = metadata.get("resource_signing_alg_values_supported");
        if (algorithms == null) {
            throw Findings.skip("The metadata lists no resource_signing_alg_values_supported.");
        }
        if (algorithms instanceof List<?> list && list.contains("none")) {
            throw new AssertionError("resource_signing_alg_values_supported includes \"none\"; RFC 9728 section 2 "
                    + "forbids it, since unsigned responses prove nothing.");
        }
    }

    public static void signedMetadataSound(Map<String, Object> metadata) {
        Object signed = metadata.get("signed_metadata");
        if (signed == null) {
            throw Findings.skip("The metadata carries no signed_metadata.");
        }
        JWTClaimsSet claims;
        try {
            if (!(signed instanceof String jwt)) {
                throw new java.text.ParseException("not a string", 0);
            }
            SignedJWT parsed = SignedJWT.parse(jwt);
            if (parsed.getState() == JWSObject.State.UNSIGNED && parsed.getSignature() == null) {
                throw new java.text.ParseException("no signature", 0);
            }
            claims = parsed.getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new AssertionError("signed_metadata is not a signed JWT (" + e.getMessage() + "); RFC 9728 section "
                    + "2.2 requires a JWS with an algorithm other than none.");
        }
        if (claims.getIssuer() == null) {
            throw new AssertionError("signed_metadata has no iss claim, which RFC 9728 section 2.2 requires.");
        }
        if (claims.getClaim("signed_metadata") != null) {
            throw new AssertionError("signed_metadata contains a nested signed_metadata, which RFC 9728 section "
                    + "2.2 forbids.");
        }
    }

    /**
     * Every URL of the metadata documents that a client sends tokens, codes or credentials to, or trusts keys and
     * issuers from, uses https; plain http only on loopback hosts (local test servers). Links to human-readable
     * documents are left out: they carry no OAuth traffic.
     */
    public static void oauthUrlsUseTls(Map<String, Object> resourceMetadata, Map<String, Object> serverMetadata) {
        List<String> plain = new ArrayList<>();
        collectPlainHttp(resourceMetadata, plain);
        collectPlainHttp(serverMetadata, plain);
        if (!plain.isEmpty()) {
            throw new AssertionError("These metadata URLs use plain http on a host that is not loopback: " + plain
                    + ". OAuth URLs must use TLS (MCP authorization, Communication Security), or tokens and codes "
                    + "travel in clear text.");
        }
    }

    static boolean isOAuthUrlMember(String member) {
        return member.equals("resource") || member.equals("issuer") || member.equals("authorization_servers")
                || member.endsWith("_endpoint") || member.equals("jwks_uri");
    }

    private static void collectPlainHttp(Map<String, Object> metadata, List<String> plain) {
        metadata.forEach((member, value) -> {
            if (!isOAuthUrlMember(member)) {
                return;
            }
            List<?> values = value instanceof List<?> list ? list : List.of(value == null ? "" : value);
            for (Object item : values) {
                if (item instanceof String text && text.regionMatches(true, 0, "http://", 0, 7)
                        && !isLoopback(text)) {
                    plain.add(member + "=" + text);
                }
            }
        });
    }

    private static void requireTls(URI uri, String member) {
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !("http".equalsIgnoreCase(uri.getScheme())
                && isLoopback(uri.toString()))) {
            throw new AssertionError("The metadata's " + member + " \"" + uri + "\" does not use https; RFC 9728 "
                    + "requires it (plain http is tolerated only on loopback test servers).");
        }
    }

    static boolean isLoopback(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return false;
            }
            if (host.equalsIgnoreCase("localhost")) {
                return true;
            }
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return bare.matches("[0-9.]+|[0-9a-fA-F:]+") && InetAddress.getByName(bare).isLoopbackAddress();
        } catch (IllegalArgumentException | java.net.UnknownHostException e) {
            return false;
        }
    }

    private static URI uri(Object value, String member) {
        if (!(value instanceof String text)) {
            throw new AssertionError("The metadata's " + member + " is " + value + ", not a URL string.");
        }
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute()) {
                throw new AssertionError("The metadata's " + member + " \"" + text + "\" is not an absolute URL.");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError("The metadata's " + member + " \"" + text + "\" is not a valid URL.");
        }
    }
}
