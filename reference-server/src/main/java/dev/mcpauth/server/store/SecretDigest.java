package dev.mcpauth.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * How secrets are kept: only a SHA-256 digest is stored. The secrets are 256-bit random values, so a plain digest
 * (no salt, no stretching) is enough to make a stolen data file useless.
 */
public final class SecretDigest {

    private SecretDigest() {
    }

    public static String of(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public static boolean matches(String secret, String storedDigest) {
        return storedDigest != null && MessageDigest.isEqual(
                of(secret).getBytes(StandardCharsets.US_ASCII), storedDigest.getBytes(StandardCharsets.US_ASCII));
    }
}
