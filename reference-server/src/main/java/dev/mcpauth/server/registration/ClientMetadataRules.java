package dev.mcpauth.server.registration;

import java.net.URI;
import java.util.List;
import java.util.Set;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.openid.connect.sdk.rp.ApplicationType;
import dev.mcpauth.server.resource.McpScopes;

/**
 * The rules a registration request's metadata must satisfy (RFC 7591 §2, OAuth 2.1). Each broken rule is refused
 * with {@code invalid_client_metadata} or {@code invalid_redirect_uri} and says which rule it was.
 */
public final class ClientMetadataRules {

    private static final Set<GrantType> GRANTS = Set.of(GrantType.AUTHORIZATION_CODE, GrantType.CLIENT_CREDENTIALS,
            GrantType.REFRESH_TOKEN);
    private static final Set<ClientAuthenticationMethod> AUTH_METHODS = Set.of(
            ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST,
            ClientAuthenticationMethod.PRIVATE_KEY_JWT, ClientAuthenticationMethod.NONE);

    private ClientMetadataRules() {
    }

    /** Applies the RFC 7591 defaults and checks every rule; answers the metadata to store. */
    public static ClientMetadata validate(ClientMetadata requested) {
        ClientMetadata metadata = withDefaults(requested);
        checkGrants(metadata);
        checkAuthenticationMethod(metadata, false);
        checkRedirectUris(metadata);
        checkScope(metadata);
        return metadata;
    }

    /**
     * The same rules for the metadata of a client ID metadata document (CIMD §4.1), whose keys may also be named
     * by {@code jwks_uri}. Its {@code scope} is dropped: the document is written for every authorization server,
     * so this server's scope rules apply to such a client instead.
     */
    public static ClientMetadata validateMetadataDocument(ClientMetadata document) {
        ClientMetadata metadata = withDefaults(document);
        metadata.setScope(null);
        checkGrants(metadata);
        checkAuthenticationMethod(metadata, true);
        checkRedirectUris(metadata);
        return metadata;
    }

    private static ClientMetadata withDefaults(ClientMetadata requested) {
        ClientMetadata metadata = new ClientMetadata(requested);
        if (metadata.getResponseTypes() == null && metadata.getGrantTypes() != null
                && !metadata.getGrantTypes().contains(GrantType.AUTHORIZATION_CODE)) {
            metadata.setResponseTypes(java.util.Set.of()); // RFC 7591's default "code" only fits the code grant
        }
        metadata.applyDefaults();
        return metadata;
    }

    /** The declared {@code application_type}, or null when the client declared none. */
    public static ApplicationType applicationType(ClientMetadata metadata) {
        Object declared = metadata.getCustomField("application_type");
        if (declared == null) {
            return null;
        }
        for (ApplicationType type : ApplicationType.values()) {
            if (type.toString().equals(declared)) {
                return type;
            }
        }
        throw RegistrationRejection.invalidMetadata("application_type must be native or web, not " + declared);
    }

    private static void checkGrants(ClientMetadata metadata) {
        for (GrantType grant : metadata.getGrantTypes()) {
            if (!GRANTS.contains(grant)) {
                throw RegistrationRejection.invalidMetadata("grant type " + grant
                        + " is not supported; use authorization_code, client_credentials or refresh_token");
            }
        }
        for (ResponseType responseType : metadata.getResponseTypes()) {
            if (!responseType.equals(ResponseType.CODE)) {
                throw RegistrationRejection.invalidMetadata("response type " + responseType
                        + " is not supported; OAuth 2.1 allows only code");
            }
        }
        boolean codeGrant = metadata.getGrantTypes().contains(GrantType.AUTHORIZATION_CODE);
        boolean codeResponse = metadata.getResponseTypes().contains(ResponseType.CODE);
        if (codeGrant != codeResponse) {
            throw RegistrationRejection.invalidMetadata(
                    "grant type authorization_code and response type code go together (RFC 7591 section 2.1)");
        }
    }

    private static void checkAuthenticationMethod(ClientMetadata metadata, boolean keysByUri) {
        ClientAuthenticationMethod method = metadata.getTokenEndpointAuthMethod();
        if (!AUTH_METHODS.contains(method)) {
            throw RegistrationRejection.invalidMetadata("token_endpoint_auth_method " + method
                    + " is not supported; use client_secret_basic, client_secret_post, private_key_jwt or none");
        }
        if (method.equals(ClientAuthenticationMethod.NONE)
                && metadata.getGrantTypes().contains(GrantType.CLIENT_CREDENTIALS)) {
            throw RegistrationRejection.invalidMetadata(
                    "a public client (token_endpoint_auth_method none) cannot use the client_credentials grant");
        }
        if (metadata.getJWKSetURI() != null && !keysByUri) {
            throw RegistrationRejection.invalidMetadata(
                    "jwks_uri is not supported; give the public keys in the jwks member");
        }
        if (metadata.getJWKSetURI() != null && metadata.getJWKSet() != null) {
            throw RegistrationRejection.invalidMetadata("jwks and jwks_uri must not both be given (RFC 7591 "
                    + "section 2)");
        }
        if (method.equals(ClientAuthenticationMethod.PRIVATE_KEY_JWT) && metadata.getJWKSetURI() == null) {
            if (metadata.getJWKSet() == null || metadata.getJWKSet().getKeys().isEmpty()) {
                throw RegistrationRejection.invalidMetadata("private_key_jwt needs the client's public keys in the "
                        + (keysByUri ? "jwks or jwks_uri member" : "jwks member"));
            }
        }
        if (metadata.getJWKSet() != null && metadata.getJWKSet().getKeys().stream().anyMatch(key -> key.isPrivate())) {
            throw RegistrationRejection.invalidMetadata("jwks must hold public keys only");
        }
    }

    private static void checkRedirectUris(ClientMetadata metadata) {
        Set<URI> redirectUris = metadata.getRedirectionURIs() == null ? Set.of() : metadata.getRedirectionURIs();
        if (metadata.getGrantTypes().contains(GrantType.AUTHORIZATION_CODE) && redirectUris.isEmpty()) {
            throw RegistrationRejection.invalidRedirectUri(
                    "the authorization_code grant needs at least one redirect URI");
        }
        ApplicationType type = applicationType(metadata);
        for (URI uri : redirectUris) {
            RedirectUriPolicy.rejectionReason(uri, type).ifPresent(reason -> {
                throw RegistrationRejection.invalidRedirectUri(reason);
            });
        }
    }

    private static void checkScope(ClientMetadata metadata) {
        Scope scope = metadata.getScope();
        if (scope == null) {
            return;
        }
        List<String> unknown = scope.toStringList().stream().filter(s -> !McpScopes.SUPPORTED.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw RegistrationRejection.invalidMetadata("unknown scope " + String.join(" ", unknown)
                    + "; this server supports " + String.join(" ", McpScopes.SUPPORTED));
        }
    }
}
