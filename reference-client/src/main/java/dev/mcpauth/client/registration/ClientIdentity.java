package dev.mcpauth.client.registration;

import java.net.URI;
import java.security.PrivateKey;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;

/**
 * Who the client is at one authorization server and how it authenticates there.
 *
 * @param clientId     the client identifier
 * @param secret       the client secret, or null
 * @param method       the token endpoint authentication method: what the registration says, or for a configured
 *                     client what the metadata advertises and the configured credentials allow
 * @param privateKey   the client's private key for {@code private_key_jwt}, or null
 * @param keyId        the {@code kid} of that key, or null
 * @param signingAlg   the JWS algorithm for client assertions, or null
 * @param grants       the grant types the client may use (empty when unknown, as for a configured client)
 * @param redirectUris the registered redirect URIs
 * @param source       where the identity came from
 */
public record ClientIdentity(ClientID clientId, Secret secret, ClientAuthenticationMethod method, PrivateKey privateKey,
                             String keyId, JWSAlgorithm signingAlg, Set<GrantType> grants, Set<URI> redirectUris, Source source) {

    public enum Source {
        /** Given by the user (pre-registration): never replaced by a registration. */
        CONFIGURED,
        /** The URL of the client's metadata document, at a server that supports it: never registered or stored. */
        METADATA_DOCUMENT,
        /** Read from the credentials file, from an earlier run's registration. */
        STORED,
        /** Registered in this run (RFC 7591). */
        REGISTERED
    }

    /** Whether this identity may use the grant; a configured client is assumed to. */
    public boolean allows(GrantType grant) {
        return grants.isEmpty() || grants.contains(grant);
    }

    /** Never shows the secret or the key. */
    @Override
    public String toString() {
        return "ClientIdentity[clientId=" + clientId + ", method=" + method + ", source=" + source + "]";
    }
}
