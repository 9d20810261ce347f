package dev.mcpauth.client.registration;

import java.security.PrivateKey;
import java.util.Optional;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.auth.Secret;

/**
 * A client the user registered beforehand (command line options or the conformance context).
 *
 * @param clientId   the client id; empty means "register dynamically"
 * @param secret     its secret, if it has one
 * @param privateKey its private key for {@code private_key_jwt}, if it has one
 * @param keyId      the {@code kid} to put in client assertions, if any
 * @param signingAlg the algorithm for its client assertions; empty means derived from the key
 */
public record ConfiguredClient(Optional<String> clientId, Optional<Secret> secret, Optional<PrivateKey> privateKey,
                               Optional<String> keyId, Optional<JWSAlgorithm> signingAlg) {

    public static ConfiguredClient none() {
        return new ConfiguredClient(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public boolean isPresent() {
        return clientId.isPresent();
    }

    /** Never shows the secret or the key. */
    @Override
    public String toString() {
        return "ConfiguredClient[clientId=" + clientId.orElse("none") + "]";
    }
}
