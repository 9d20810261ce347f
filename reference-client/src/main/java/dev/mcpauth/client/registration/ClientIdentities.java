package dev.mcpauth.client.registration;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.client.ClientInformation;
import com.nimbusds.oauth2.sdk.client.ClientInformationResponse;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationErrorResponse;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationRequest;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.store.CredentialStore;
import net.minidev.json.JSONObject;

/**
 * Gives the client an identity at an authorization server, in the order MCP 2025-11-25 and 2026-07-28 recommend: the configured
 * (pre-registered) client first; else, for the authorization code grant at a server that advertises
 * {@code client_id_metadata_document_supported}, the URL of the client's metadata document as a public client id;
 * else the registration stored for this issuer; else a new dynamic registration (RFC 7591) that is then stored.
 */
public final class ClientIdentities {

    static final String CLIENT_NAME = "mcp-auth-reference-client";
    static final String METADATA_DOCUMENT_SUPPORTED = "client_id_metadata_document_supported";
    /** OpenID Connect Dynamic Client Registration's client kind; MCP 2026-07-28 requires it in every registration. */
    static final String APPLICATION_TYPE = "application_type";
    /** A command line on the user's machine with a loopback redirect: a native app (RFC 8252). */
    static final String NATIVE = "native";
    private static final List<ClientAuthenticationMethod> SECRET_METHODS = List.of(
            ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST);
    private static final List<ClientAuthenticationMethod> CONFIDENTIAL_METHODS = List.of(
            ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST,
            ClientAuthenticationMethod.PRIVATE_KEY_JWT);

    private final OAuthHttp http;
    private final CredentialStore store;
    private final ConfiguredClient configured;
    private final Optional<ClientIdMetadataDocument> metadataDocument;

    public ClientIdentities(OAuthHttp http, CredentialStore store, ConfiguredClient configured,
                            Optional<ClientIdMetadataDocument> metadataDocument) {
        this.http = http;
        this.store = store;
        this.configured = configured;
        this.metadataDocument = metadataDocument;
    }

    /**
     * Whether the client will name itself by its metadata document at this authorization server (for the
     * authorization code grant): it has a document, no configured client, and the server advertises support.
     */
    public boolean usesMetadataDocument(AuthorizationServerMetadata metadata) {
        return !configured.isPresent() && metadataDocument.isPresent()
                && Boolean.TRUE.equals(metadata.getCustomParameter(METADATA_DOCUMENT_SUPPORTED));
    }

    /**
     * @param grant       the grant the identity is needed for
     * @param redirectUri the loopback redirect URI, for the authorization code grant; else null
     */
    public ClientIdentity resolve(AuthorizationServerMetadata metadata, GrantType grant, URI redirectUri) {
        if (configured.isPresent()) {
            http.narrator().step("client identity: using the configured client id (pre-registration is preferred "
                    + "over dynamic registration)");
            return configuredIdentity(metadata);
        }
        if (metadataDocument.isPresent()) {
            Optional<ClientIdentity> byDocument = metadataDocumentIdentity(metadata, grant);
            if (byDocument.isPresent()) {
                return byDocument.get();
            }
        }
        String issuer = metadata.getIssuer().getValue();
        Optional<ClientIdentity> stored = store.load(issuer).flatMap(ClientIdentities::fromEntry);
        if (stored.isPresent() && stored.get().allows(grant)) {
            http.narrator().step("client identity: reusing the registration stored for " + issuer + " in "
                    + store.file());
            return stored.get();
        }
        return register(metadata, grant, redirectUri);
    }

    /**
     * Registers anew after the authorization server answered {@code invalid_client} for a stored or registered
     * identity. Callers do this at most once per token request.
     */
    public ClientIdentity reRegister(AuthorizationServerMetadata metadata, ClientIdentity rejected, GrantType grant,
                                     URI redirectUri) {
        if (rejected.source() == ClientIdentity.Source.CONFIGURED) {
            throw new AuthorizationFailure("the authorization server rejected the configured client credentials "
                    + "(invalid_client); check the client id and secret or key you gave");
        }
        if (rejected.source() == ClientIdentity.Source.METADATA_DOCUMENT) {
            throw new AuthorizationFailure("the authorization server rejected the client id " + rejected.clientId()
                    + " (invalid_client); check that the metadata document is served at that URL and names it "
                    + "exactly as its client_id");
        }
        http.narrator().step("client identity: invalid_client for the stored registration; forgetting it and "
                + "registering once more");
        store.remove(metadata.getIssuer().getValue());
        return register(metadata, grant, redirectUri);
    }

    /**
     * The metadata document's URL as a public client id (token endpoint authentication {@code none}, protected by
     * PKCE), when the server supports it and the grant is the authorization code; else empty.
     */
    private Optional<ClientIdentity> metadataDocumentIdentity(AuthorizationServerMetadata metadata,
                                                             GrantType grant) {
        String url = metadataDocument.orElseThrow().clientId();
        if (!usesMetadataDocument(metadata)) {
            http.narrator().step("client identity: the authorization server does not advertise "
                    + METADATA_DOCUMENT_SUPPORTED + "; not using the metadata document " + url
                    + " (MCP 2025-11-25: fall back to registration)");
            return Optional.empty();
        }
        if (!grant.equals(GrantType.AUTHORIZATION_CODE)) {
            http.narrator().step("client identity: a metadata document client is public and cannot use " + grant
                    + "; not using " + url);
            return Optional.empty();
        }
        if (!advertisedMethods(metadata).contains(ClientAuthenticationMethod.NONE)) {
            http.narrator().step("  note: the metadata does not advertise token endpoint authentication none; "
                    + "trying it anyway, since a metadata document client has no secret");
        }
        http.narrator().step("client identity: the authorization server supports client ID metadata documents; "
                + "using " + url + " as client_id, a public client (no registration; MCP 2025-11-25)");
        return Optional.of(new ClientIdentity(new ClientID(url), null, ClientAuthenticationMethod.NONE, null, null,
                null, Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), Set.of(),
                ClientIdentity.Source.METADATA_DOCUMENT));
    }

    private ClientIdentity configuredIdentity(AuthorizationServerMetadata metadata) {
        ClientID clientId = new ClientID(configured.clientId().orElseThrow());
        List<ClientAuthenticationMethod> advertised = advertisedMethods(metadata);
        ClientAuthenticationMethod method;
        if (configured.privateKey().isPresent()) {
            method = ClientAuthenticationMethod.PRIVATE_KEY_JWT;
        } else if (configured.secret().isPresent()) {
            // the first secret method the server lists (its order is its preference), else the RFC 8414 default
            method = advertised.stream().filter(SECRET_METHODS::contains).findFirst()
                    .orElse(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        } else {
            method = ClientAuthenticationMethod.NONE;
        }
        if (!advertised.contains(method)) {
            http.narrator().step("  note: the metadata does not advertise " + method + " (it lists " + advertised
                    + "); trying it anyway, since it is what the configured credentials allow");
        }
        http.narrator().step("  token endpoint authentication: " + method);
        java.security.PrivateKey key = configured.privateKey().orElse(null);
        return new ClientIdentity(clientId, configured.secret().orElse(null), method, key,
                configured.keyId().orElse(null),
                configured.signingAlg().orElse(key == null ? null : defaultAlgorithm(key)), Set.of(), Set.of(),
                ClientIdentity.Source.CONFIGURED);
    }

    private ClientIdentity register(AuthorizationServerMetadata metadata, GrantType grant, URI redirectUri) {
        URI endpoint = metadata.getRegistrationEndpointURI();
        if (endpoint == null) {
            throw new AuthorizationFailure("the authorization server " + metadata.getIssuer() + " offers no "
                    + "registration_endpoint and no client id was configured; give one with --client-id");
        }
        ClientMetadata request = new ClientMetadata();
        request.setName(CLIENT_NAME);
        request.setCustomField(APPLICATION_TYPE, NATIVE);
        ClientAuthenticationMethod method = registrationMethod(metadata, grant);
        request.setTokenEndpointAuthMethod(method);
        ECKey privateKey = null;
        if (method.equals(ClientAuthenticationMethod.PRIVATE_KEY_JWT)) {
            privateKey = generateKey();
            request.setJWKSet(new JWKSet(privateKey.toPublicJWK()));
        }
        if (grant.equals(GrantType.AUTHORIZATION_CODE)) {
            request.setGrantTypes(Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN));
            request.setResponseTypes(Set.of(ResponseType.CODE));
            request.setRedirectionURI(redirectUri);
        } else {
            request.setGrantTypes(Set.of(grant));
            request.setResponseTypes(Set.of());
        }
        http.narrator().step("client identity: registering (RFC 7591) for " + grant + " with "
                + "token_endpoint_auth_method " + method + ", application_type " + NATIVE);
        ClientInformation information;
        try {
            information = send(endpoint, request);
        } catch (RegistrationRefused refused) {
            if (!refused.code().equals("invalid_client_metadata") || request.getGrantTypes() == null
                    || !request.getGrantTypes().contains(GrantType.REFRESH_TOKEN)) {
                throw refused.failure();
            }
            // a refresh token is welcome, never assumed (MCP 2026-07-28, "Refresh Tokens"); a server that will not
            // register the refresh_token grant gets the registration without it
            http.narrator().step("  refused (" + refused.failure().getMessage() + "); registering once more "
                    + "without the refresh_token grant");
            Set<GrantType> grants = new java.util.LinkedHashSet<>(request.getGrantTypes());
            grants.remove(GrantType.REFRESH_TOKEN);
            request.setGrantTypes(grants);
            try {
                information = send(endpoint, request);
            } catch (RegistrationRefused again) {
                throw again.failure();
            }
        }
        JSONObject entry = new JSONObject();
        entry.put("client", information.toJSONObject());
        if (privateKey != null) {
            entry.put("private_jwk", privateKey.toJSONObject());
        }
        store.save(metadata.getIssuer().getValue(), entry);
        http.narrator().step("  registered; stored per issuer in " + store.file() + " (owner-only)");
        return fromEntry(entry).orElseThrow(() -> new AuthorizationFailure("the registration response could not be"
                + " used"));
    }

    private ClientInformation send(URI endpoint, ClientMetadata request) {
        HTTPResponse response = http.send(new ClientRegistrationRequest(endpoint, request, null).toHTTPRequest(),
                "dynamic client registration");
        try {
            ClientRegistrationResponse parsed = ClientRegistrationResponse.parse(response);
            if (parsed instanceof ClientRegistrationErrorResponse error) {
                throw new RegistrationRefused(response.getStatusCode(), error.getErrorObject().getCode(),
                        error.getErrorObject().getDescription());
            }
            return ((ClientInformationResponse) parsed).getClientInformation();
        } catch (ParseException e) {
            throw new AuthorizationFailure("the registration response is not valid (RFC 7591 §3.2.1): "
                    + e.getMessage(), e);
        }
    }

    /** The authorization server's refusal of a registration (RFC 7591 §3.2.2). */
    private static final class RegistrationRefused extends RuntimeException {
        private final int status;
        private final String code;
        private final String description;

        RegistrationRefused(int status, String code, String description) {
            super(null, null, false, false);
            this.status = status;
            this.code = code == null ? "" : code;
            this.description = description;
        }

        String code() {
            return code;
        }

        AuthorizationFailure failure() {
            return new AuthorizationFailure("the authorization server refused the registration: " + (code.isEmpty()
                    ? "HTTP " + status + " without an OAuth error object" : code)
                    + (description == null ? "" : " (" + description + ")") + " (RFC 7591 §3.2.2)");
        }
    }

    /** What the registration says, else the RFC 7591 §2 default client_secret_basic. */
    private static Optional<ClientIdentity> fromEntry(JSONObject entry) {
        try {
            ClientInformation information = ClientInformation.parse(
                    JSONObjectUtils.getJSONObject(entry, "client"));
            ClientMetadata metadata = information.getMetadata();
            ClientAuthenticationMethod method = metadata.getTokenEndpointAuthMethod() != null
                    ? metadata.getTokenEndpointAuthMethod()
                    : information.getSecret() != null ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                    : ClientAuthenticationMethod.NONE;
            ECKey key = entry.containsKey("private_jwk")
                    ? ECKey.parse(JSONObjectUtils.getJSONObject(entry, "private_jwk")) : null;
            return Optional.of(new ClientIdentity(information.getID(), information.getSecret(), method,
                    key == null ? null : key.toPrivateKey(), key == null ? null : key.getKeyID(),
                    key == null ? null : JWSAlgorithm.ES256,
                    metadata.getGrantTypes() == null ? Set.of() : Set.copyOf(metadata.getGrantTypes()),
                    metadata.getRedirectionURIs() == null ? Set.of() : Set.copyOf(metadata.getRedirectionURIs()),
                    ClientIdentity.Source.STORED));
        } catch (ParseException | java.text.ParseException | com.nimbusds.jose.JOSEException e) {
            return Optional.empty();
        }
    }

    /**
     * For a new registration. The authorization code grant: a public client ({@code none}, protected by PKCE), as
     * a native app is (RFC 8252 §8.4), where the server lists it. Otherwise, and for client credentials, which
     * need a confidential client: the first method the server lists that this client supports (the server's order
     * is its preference).
     */
    private static ClientAuthenticationMethod registrationMethod(AuthorizationServerMetadata metadata,
                                                                 GrantType grant) {
        List<ClientAuthenticationMethod> advertised = advertisedMethods(metadata);
        if (grant.equals(GrantType.AUTHORIZATION_CODE) && advertised.contains(ClientAuthenticationMethod.NONE)) {
            return ClientAuthenticationMethod.NONE;
        }
        return advertised.stream().filter(CONFIDENTIAL_METHODS::contains).findFirst()
                .orElseThrow(() -> new AuthorizationFailure("the authorization server advertises token endpoint "
                        + "authentication methods " + advertised + ", none of which this client can use for " + grant
                        + " (it supports " + CONFIDENTIAL_METHODS + (grant.equals(GrantType.AUTHORIZATION_CODE)
                        ? " and none" : "") + ")"));
    }

    /** token_endpoint_auth_methods_supported, or its RFC 8414 §2 default client_secret_basic. */
    private static List<ClientAuthenticationMethod> advertisedMethods(AuthorizationServerMetadata metadata) {
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        return methods == null || methods.isEmpty() ? List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                : methods;
    }

    /** ES256/384/512 by the curve's size for EC keys, RS256 for RSA keys. */
    public static JWSAlgorithm defaultAlgorithm(java.security.PrivateKey key) {
        if (key instanceof java.security.interfaces.ECPrivateKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            return bits > 384 ? JWSAlgorithm.ES512 : bits > 256 ? JWSAlgorithm.ES384 : JWSAlgorithm.ES256;
        }
        return JWSAlgorithm.RS256;
    }

    private static ECKey generateKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a client key", e);
        }
    }
}
