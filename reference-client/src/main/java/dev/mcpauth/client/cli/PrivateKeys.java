package dev.mcpauth.client.cli;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;

/** Reads a client's private key: a PKCS#8 PEM ({@code BEGIN PRIVATE KEY}) or a private JWK in JSON. */
final class PrivateKeys {

    /** A key and the {@code kid} it carries, if any. */
    record LoadedKey(PrivateKey key, Optional<String> keyId) {
        @Override
        public String toString() {
            return "LoadedKey[" + key.getAlgorithm() + "]";
        }
    }

    private PrivateKeys() {
    }

    static LoadedKey parse(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("{")) {
            try {
                JWK jwk = JWK.parse(trimmed);
                if (!jwk.isPrivate() || !(jwk instanceof AsymmetricJWK asymmetric)) {
                    throw new UsageError("the JWK is not an EC or RSA private key");
                }
                return new LoadedKey(asymmetric.toPrivateKey(), Optional.ofNullable(jwk.getKeyID()));
            } catch (java.text.ParseException | JOSEException e) {
                throw new UsageError("the private key JWK cannot be read: " + e.getMessage());
            }
        }
        if (trimmed.contains("BEGIN EC PRIVATE KEY") || trimmed.contains("BEGIN RSA PRIVATE KEY")) {
            throw new UsageError("the private key is in a traditional PEM format; convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem'");
        }
        String base64 = trimmed.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new UsageError("the private key is neither a PKCS#8 PEM nor a JWK");
        }
        for (String algorithm : new String[] {"EC", "RSA"}) {
            try {
                return new LoadedKey(KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der)),
                        Optional.empty());
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new UsageError("the private key is not an EC or RSA PKCS#8 key");
    }
}
