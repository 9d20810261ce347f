package dev.mcpauth.server.discovery;

import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.http.Json;
import dev.mcpauth.server.registration.metadatadocument.ClientIdMetadataDocuments;
import dev.mcpauth.server.resource.McpScopes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * OAuth 2.0 Authorization Server Metadata (RFC 8414). Served at the RFC 8414 §3.1 URL (well-known segment inserted
 * before the issuer's path) and at the OpenID Connect discovery URLs (path-inserted and path-appended), with the
 * same {@code issuer} everywhere.
 */
@RestController
public class AuthorizationServerMetadataController {

    /** Client authentication methods of the token, introspection and revocation endpoints. */
    public static final List<ClientAuthenticationMethod> CLIENT_AUTH_METHODS = List.of(
            ClientAuthenticationMethod.CLIENT_SECRET_BASIC,
            ClientAuthenticationMethod.CLIENT_SECRET_POST,
            ClientAuthenticationMethod.PRIVATE_KEY_JWT,
            ClientAuthenticationMethod.NONE);

    public static final List<JWSAlgorithm> CLIENT_ASSERTION_ALGS = List.of(
            JWSAlgorithm.ES256, JWSAlgorithm.RS256, JWSAlgorithm.PS256);

    private final ServerUrls urls;
    private final ClientIdMetadataDocuments metadataDocuments;

    public AuthorizationServerMetadataController(ServerUrls urls, ClientIdMetadataDocuments metadataDocuments) {
        this.urls = urls;
        this.metadataDocuments = metadataDocuments;
    }

    @GetMapping(value = {"/.well-known/oauth-authorization-server${mcpauth.issuer-path:}",
            "/.well-known/openid-configuration${mcpauth.issuer-path:}",
            "${mcpauth.issuer-path:}/.well-known/openid-configuration"}, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> metadata() {
        AuthorizationServerMetadata metadata = new AuthorizationServerMetadata(new Issuer(urls.issuer()));
        metadata.setAuthorizationEndpointURI(urls.endpoint("/authorize"));
        metadata.setTokenEndpointURI(urls.endpoint("/token"));
        metadata.setRegistrationEndpointURI(urls.endpoint("/register"));
        metadata.setJWKSetURI(urls.endpoint("/jwks"));
        metadata.setIntrospectionEndpointURI(urls.endpoint("/introspect"));
        metadata.setRevocationEndpointURI(urls.endpoint("/revoke"));
        metadata.setScopes(new Scope(McpScopes.SUPPORTED.toArray(String[]::new)));
        metadata.setResponseTypes(List.of(ResponseType.CODE));
        metadata.setResponseModes(List.of(ResponseMode.QUERY));
        metadata.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE, GrantType.CLIENT_CREDENTIALS,
                GrantType.REFRESH_TOKEN));
        metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        metadata.setTokenEndpointAuthMethods(CLIENT_AUTH_METHODS);
        metadata.setTokenEndpointJWSAlgs(CLIENT_ASSERTION_ALGS);
        List<ClientAuthenticationMethod> confidentialMethods = CLIENT_AUTH_METHODS.stream()
                .filter(method -> !method.equals(ClientAuthenticationMethod.NONE)).toList();
        metadata.setIntrospectionEndpointAuthMethods(confidentialMethods);
        metadata.setIntrospectionEndpointJWSAlgs(CLIENT_ASSERTION_ALGS);
        metadata.setRevocationEndpointAuthMethods(CLIENT_AUTH_METHODS);
        metadata.setRevocationEndpointJWSAlgs(CLIENT_ASSERTION_ALGS);
        metadata.setSupportsAuthorizationResponseIssuerParam(true);
        if (metadataDocuments.enabled()) {
            metadata.setCustomParameter("client_id_metadata_document_supported", true);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(metadata.toJSONObject()));
    }
}
