package dev.mcpauth.server.store;

import java.text.ParseException;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import tools.jackson.core.type.TypeReference;

import org.springframework.stereotype.Component;

/**
 * The access-token signing key (EC P-256, ES256), generated on first start and kept in {@code signing-key.json}
 * (owner-only), so tokens stay valid across a restart.
 */
@Component
public class SigningKeyStore {

    private final JWK signingKey;

    public SigningKeyStore(DataDirectory dataDirectory) {
        JsonFile<Map<String, Object>> file = dataDirectory.file("signing-key.json", new TypeReference<>() { });
        this.signingKey = file.read().map(json -> parse(file, json)).orElseGet(() -> {
            JWK generated = generate();
            file.write(generated.toJSONObject());
            return generated;
        });
    }

    public JWK signingKey() {
        return signingKey;
    }

    public JWK publicKey() {
        return signingKey.toPublicJWK();
    }

    private static JWK parse(JsonFile<?> file, Map<String, Object> json) {
        try {
            JWK key = JWK.parse(json);
            if (!key.isPrivate() || key.getKeyID() == null) {
                throw new DataFileException(file.path(), "does not hold a private key with a key id", null);
            }
            return key;
        } catch (ParseException e) {
            throw new DataFileException(file.path(), "does not hold a valid JWK (" + e.getMessage() + ")", e);
        }
    }

    private static JWK generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an EC P-256 key", e);
        }
    }
}
