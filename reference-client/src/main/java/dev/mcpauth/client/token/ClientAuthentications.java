package dev.mcpauth.client.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.Issuer;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.registration.ClientIdentity;

/** The client authentication (RFC 6749 §2.3, RFC 7523 §2.2) an identity uses at the token endpoint. */
final class ClientAuthentications {

    private ClientAuthentications() {
    }

    /**
     * The authentication to send, or null for a public client (which sends its client_id instead). A client
     * assertion names the authorization server's issuer as its audience: the value RFC 7523 §3 lets every server
     * accept, and the one the MCP client credentials extension's profile checks.
     */
    static ClientAuthentication of(ClientIdentity identity, Issuer issuer) {
        ClientAuthenticationMethod method = identity.method();
        if (method.equals(ClientAuthenticationMethod.NONE)) {
            return null;
        }
        if (method.equals(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)) {
            return new ClientSecretBasic(identity.clientId(), requireSecret(identity));
        }
        if (method.equals(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
            return new ClientSecretPost(identity.clientId(), requireSecret(identity));
        }
        if (method.equals(ClientAuthenticationMethod.PRIVATE_KEY_JWT)) {
            if (identity.privateKey() == null) {
                throw new AuthorizationFailure("private_key_jwt needs the client's private key; none was given");
            }
            try {
                return new PrivateKeyJWT(new JWTAuthenticationClaimsSet(identity.clientId(),
                        new Audience(issuer)), identity.signingAlg(), identity.privateKey(), identity.keyId(), null);
            } catch (JOSEException e) {
                throw new AuthorizationFailure("cannot sign the client assertion with " + identity.signingAlg()
                        + ": " + e.getMessage(), e);
            }
        }
        throw new AuthorizationFailure("token endpoint authentication method " + method + " is not supported by "
                + "this client");
    }

    private static com.nimbusds.oauth2.sdk.auth.Secret requireSecret(ClientIdentity identity) {
        if (identity.secret() == null) {
            throw new AuthorizationFailure(identity.method() + " needs a client secret; none was given or "
                    + "registered");
        }
        return identity.secret();
    }
}
