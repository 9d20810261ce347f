package dev.mcpauth.server.token;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.auth.verifier.ClientAuthenticationVerifier;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.auth.verifier.ClientCredentialsSelector;
import com.nimbusds.oauth2.sdk.auth.verifier.Context;
import com.nimbusds.oauth2.sdk.auth.verifier.ExpendedJTIChecker;
import com.nimbusds.oauth2.sdk.auth.verifier.InvalidClientException;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.http.OAuthErrorException;
import dev.mcpauth.server.registration.ClientLookup;
import dev.mcpauth.server.registration.RegisteredClient;
import dev.mcpauth.server.registration.metadatadocument.MetadataDocumentException;
import dev.mcpauth.server.registration.metadatadocument.MetadataDocumentFetcher;
import dev.mcpauth.server.store.SecretDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Authenticates the client of a token, introspection or revocation request (RFC 6749 §2.3, RFC 7523 §2.2): the
 * method used must be the one the client registered, or that its metadata document names (CIMD §6.2). A failure is {@code invalid_client} with status 401, and a
 * {@code WWW-Authenticate: Basic} challenge when the client tried HTTP Basic (RFC 6749 §5.2).
 */
@Component
public class ClientAuthenticator {

    private final ClientLookup clients;
    private final MetadataDocumentFetcher keyFetcher;
    private final ServerUrls urls;
    private final Map<String, Long> expendedAssertionIds = new ConcurrentHashMap<>();

    public ClientAuthenticator(ClientLookup clients, MetadataDocumentFetcher keyFetcher, ServerUrls urls) {
        this.clients = clients;
        this.keyFetcher = keyFetcher;
        this.urls = urls;
    }

    /**
     * @param authentication the credentials the request carried, or null
     * @param publicClientId the {@code client_id} parameter of a public client's request, or null
     */
    public RegisteredClient authenticate(ClientAuthentication authentication, ClientID publicClientId) {
        if (authentication == null) {
            if (publicClientId == null) {
                throw failure("client authentication is missing", false);
            }
            RegisteredClient client = find(publicClientId.getValue(), false);
            if (!client.isPublic()) {
                throw failure("this client must authenticate with " + registeredMethod(client), false);
            }
            return client;
        }
        boolean basic = authentication instanceof ClientSecretBasic;
        RegisteredClient client = find(authentication.getClientID().getValue(), basic);
        if (!authentication.getMethod().equals(registeredMethod(client))) {
            throw failure("this client registered " + registeredMethod(client) + ", not "
                    + authentication.getMethod(), basic);
        }
        if (authentication instanceof ClientSecretBasic secretBasic) {
            checkSecret(client, secretBasic.getClientSecret(), true);
        } else if (authentication instanceof ClientSecretPost secretPost) {
            checkSecret(client, secretPost.getClientSecret(), false);
        } else if (authentication instanceof PrivateKeyJWT privateKeyJwt) {
            checkAssertion(client, privateKeyJwt);
        } else {
            throw failure("client authentication method " + authentication.getMethod() + " is not supported", false);
        }
        return client;
    }

    private RegisteredClient find(String clientId, boolean basic) {
        try {
            return clients.find(clientId).orElseThrow(() -> failure("unknown client", basic));
        } catch (MetadataDocumentException e) {
            throw failure("the client's metadata document cannot be used: " + e.getMessage(), basic);
        }
    }

    private static ClientAuthenticationMethod registeredMethod(RegisteredClient client) {
        return client.clientMetadata().getTokenEndpointAuthMethod();
    }

    private static void checkSecret(RegisteredClient client, Secret secret, boolean basic) {
        if (!SecretDigest.matches(secret.getValue(), client.secretDigest())) {
            throw failure("wrong client secret", basic);
        }
    }

    private void checkAssertion(RegisteredClient client, PrivateKeyJWT assertion) {
        ClientCredentialsSelector<Void> keysOfClient = new ClientCredentialsSelector<>() {
            @Override
            public List<Secret> selectClientSecrets(ClientID id, ClientAuthenticationMethod method, Context<Void> c) {
                return List.of();
            }

            @Override
            public List<? extends PublicKey> selectPublicKeys(ClientID id, ClientAuthenticationMethod method,
                                                              JWSHeader header, boolean forceRefresh,
                                                              Context<Void> c) {
                List<PublicKey> keys = new ArrayList<>();
                List<JWK> matching = new JWKSelector(JWKMatcher.forJWSHeader(header)).select(keysOf(client));
                for (JWK jwk : matching) {
                    if (jwk instanceof AsymmetricJWK asymmetric) {
                        try {
                            keys.add(asymmetric.toPublicKey());
                        } catch (JOSEException e) {
                            // an unusable key simply does not verify anything
                        }
                    }
                }
                return keys;
            }
        };
        ExpendedJTIChecker<Void> replayCheck = new ExpendedJTIChecker<>() {
            @Override
            public boolean isExpended(JWTID jti, ClientID clientId, ClientAuthenticationMethod method,
                                      Context<Void> c) {
                return expendedAssertionIds.containsKey(clientId + " " + jti);
            }

            @Override
            public void markExpended(JWTID jti, java.util.Date exp, ClientID clientId,
                                     ClientAuthenticationMethod method, Context<Void> c) {
                long now = System.currentTimeMillis();
                expendedAssertionIds.values().removeIf(expiry -> expiry < now);
                expendedAssertionIds.put(clientId + " " + jti, exp == null ? now + 3_600_000 : exp.getTime());
            }
        };
        Set<Audience> audiences = Set.of(new Audience(urls.endpoint("/token").toString()),
                new Audience(urls.issuer()));
        try {
            new ClientAuthenticationVerifier<>(keysOfClient, audiences, replayCheck)
                    .verify(assertion, null, new Context<>());
        } catch (InvalidClientException e) {
            throw failure("client assertion rejected: " + e.getMessage(), false);
        } catch (JOSEException e) {
            throw failure("client assertion could not be verified", false);
        }
    }

    /** The client's public keys: given inline, or, for a metadata document client, perhaps at its jwks_uri. */
    private JWKSet keysOf(RegisteredClient client) {
        ClientMetadata metadata = client.clientMetadata();
        if (metadata.getJWKSet() != null || metadata.getJWKSetURI() == null) {
            return metadata.getJWKSet() == null ? new JWKSet() : metadata.getJWKSet();
        }
        try {
            return JWKSet.parse(keyFetcher.fetch(metadata.getJWKSetURI()).body()).toPublicJWKSet();
        } catch (MetadataDocumentException | java.text.ParseException e) {
            throw failure("the client's jwks_uri gave no usable keys: " + e.getMessage(), false);
        }
    }

    private static OAuthErrorException failure(String why, boolean basicChallenge) {
        ErrorObject error = OAuth2Error.INVALID_CLIENT.setDescription(ErrorObject.removeIllegalChars(why)).setHTTPStatusCode(401);
        return new OAuthErrorException(error, basicChallenge
                ? Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"mcp-auth-reference\"")
                : Map.of());
    }
}
