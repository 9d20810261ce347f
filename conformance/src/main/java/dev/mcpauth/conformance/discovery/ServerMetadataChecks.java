package dev.mcpauth.conformance.discovery;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

/** Checks on the members of the authorization server metadata (RFC 8414 section 2, RFC 9068 section 4). */
public final class ServerMetadataChecks {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final List<String> JWT_AUTH_METHODS = List.of("private_key_jwt", "client_secret_jwt");

    private ServerMetadataChecks() {
    }

    /** RFC 8414 section 2: an https URL with neither query nor fragment (http is tolerated on loopback only). */
    public static void issuerSyntax(Map<String, Object> metadata) {
        Object issuer = metadata.get("issuer");
        if (!(issuer instanceof String text) || !secureUrl(text)) {
            throw new AssertionError("The metadata's issuer is " + issuer + "; it must be an https URL (RFC 8414 "
                    + "section 2), since clients compare it with the iss of responses and tokens.");
        }
        URI uri = URI.create(text);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new AssertionError("The metadata's issuer \"" + text + "\" has a query or fragment, which RFC 8414 "
                    + "section 2 forbids.");
        }
    }

    /** Every URL the resource and authorization server metadata name uses https, or http on a loopback host. */
    public static void endpointsUseHttps(Map<String, Object> resourceMetadata, Map<String, Object> serverMetadata) {
        List<String> insecure = new ArrayList<>();
        collectInsecure(resourceMetadata, List.of("resource", "authorization_servers", "jwks_uri"), insecure);
        collectInsecure(serverMetadata, List.of("issuer", "authorization_endpoint", "token_endpoint",
                "registration_endpoint", "jwks_uri", "introspection_endpoint", "revocation_endpoint",
                "userinfo_endpoint", "device_authorization_endpoint", "pushed_authorization_request_endpoint"),
                insecure);
        if (!insecure.isEmpty()) {
            throw new AssertionError("These OAuth URLs do not use https: " + insecure + ". Every endpoint of the "
                    + "authorization server and the resource must be served over TLS (MCP Communication Security, "
                    + "OAuth 2.1 section 1.5); plain http is acceptable only on a loopback host during development.");
        }
    }

    public static void scopesAdvertised(Map<String, Object> metadata) {
        if (!(metadata.get("scopes_supported") instanceof List<?> scopes) || scopes.isEmpty()) {
            throw new AssertionError("The metadata has no scopes_supported; RFC 8414 section 2 recommends listing "
                    + "the scopes, so clients can ask for what they need.");
        }
    }

    /** RFC 8414 section 2: a JWT-based client authentication method comes with a list of signing algorithms. */
    public static void jwtAuthAlgorithms(Map<String, Object> metadata, String prefix) {
        Object methods = metadata.get(prefix + "_auth_methods_supported");
        if (!(methods instanceof List<?> list) || list.stream().noneMatch(JWT_AUTH_METHODS::contains)) {
            return;
        }
        String member = prefix + "_auth_signing_alg_values_supported";
        Object algs = metadata.get(member);
        if (!(algs instanceof List<?> values) || values.isEmpty()) {
            throw new AssertionError("The metadata offers " + list + " for " + prefix + " but has no " + member
                    + "; RFC 8414 section 2 requires it whenever private_key_jwt or client_secret_jwt is offered.");
        }
        if (values.stream().anyMatch(alg -> "none".equalsIgnoreCase(String.valueOf(alg)))) {
            throw new AssertionError(member + " lists \"none\" (" + values + "); RFC 8414 section 2 forbids it, "
                    + "since an unsigned client assertion authenticates nobody.");
        }
    }

    /** RFC 8414 section 3.2: claims with zero elements are omitted. */
    public static void noEmptyLists(Map<String, Object> metadata) {
        List<String> empty = metadata.entrySet().stream()
                .filter(entry -> entry.getValue() instanceof List<?> list && list.isEmpty())
                .map(Map.Entry::getKey).toList();
        if (!empty.isEmpty()) {
            throw new AssertionError("The metadata has members with empty lists: " + empty + "; RFC 8414 section "
                    + "3.2 says claims with zero elements must be omitted.");
        }
    }

    /** RFC 8414 section 2: jwks_uri is https, and a key set with both uses labels every key with use. */
    public static void keySet(String jwksUri, String body) {
        if (!secureUrl(jwksUri)) {
            throw new AssertionError("jwks_uri " + jwksUri + " does not use https; clients would fetch the keys "
                    + "that validate tokens over an unprotected channel.");
        }
        JWKSet set;
        try {
            set = JWKSet.parse(body);
        } catch (java.text.ParseException e) {
            throw new AssertionError("jwks_uri " + jwksUri + " does not serve a JWK Set: " + e.getMessage());
        }
        boolean signing = set.getKeys().stream().anyMatch(key -> key.getKeyUse() != null
                && "sig".equals(key.getKeyUse().identifier()));
        boolean encryption = set.getKeys().stream().anyMatch(key -> key.getKeyUse() != null
                && "enc".equals(key.getKeyUse().identifier()));
        if (signing && encryption) {
            List<String> unlabelled = set.getKeys().stream().filter(key -> key.getKeyUse() == null)
                    .map(JWK::getKeyID).toList();
            if (!unlabelled.isEmpty()) {
                throw new AssertionError("The key set at " + jwksUri + " holds signing and encryption keys, but the "
                        + "keys " + unlabelled + " have no use; RFC 8414 section 2 requires use on every key then.");
            }
        }
        List<String> privateKeys = set.getKeys().stream().filter(JWK::isPrivate).map(JWK::getKeyID).toList();
        if (!privateKeys.isEmpty()) {
            throw new AssertionError("The key set at " + jwksUri + " publishes private key material for "
                    + privateKeys + "; anyone could sign tokens with it.");
        }
    }

    /** RFC 8414 section 2.1: signed_metadata is a signed JWT with iss and no nested signed_metadata. */
    public static void signedMetadata(String value) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(value);
        } catch (java.text.ParseException e) {
            throw new AssertionError("signed_metadata is not a signed JWT: " + e.getMessage());
        }
        try {
            var claims = jwt.getJWTClaimsSet();
            if (claims.getIssuer() == null) {
                throw new AssertionError("signed_metadata has no iss claim (RFC 8414 section 2.1).");
            }
            if (claims.getClaim("signed_metadata") != null) {
                throw new AssertionError("signed_metadata contains signed_metadata itself (RFC 8414 section 2.1).");
            }
        } catch (java.text.ParseException e) {
            throw new AssertionError("signed_metadata has no JSON claims: " + e.getMessage());
        }
    }

    /** RFC 9068 section 4: the RFC 8414 and OpenID Connect documents agree on issuer and jwks_uri. */
    public static void documentsAgree(Map<String, Object> oauth, Map<String, Object> openId) {
        for (String member : List.of("issuer", "jwks_uri")) {
            if (!Objects.equals(oauth.get(member), openId.get(member))) {
                throw new AssertionError("The RFC 8414 metadata has " + member + " " + oauth.get(member) + " but the "
                        + "OpenID Connect configuration has " + openId.get(member) + "; RFC 9068 section 4 requires "
                        + "them to be consistent, or resource servers validate tokens against the wrong keys.");
            }
        }
    }

    public static boolean secureUrl(String url) {
        try {
            URI uri = new URI(url);
            if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                return true;
            }
            return "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void collectInsecure(Map<String, Object> metadata, List<String> members, List<String> insecure) {
        for (String member : members) {
            Object value = metadata.get(member);
            List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            for (Object url : values) {
                if (!(url instanceof String text) || !secureUrl(text)) {
                    insecure.add(member + "=" + url);
                }
            }
        }
    }
}
