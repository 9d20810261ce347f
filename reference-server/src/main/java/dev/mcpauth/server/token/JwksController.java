package dev.mcpauth.server.token;

import com.nimbusds.jose.jwk.JWKSet;
import dev.mcpauth.server.http.Json;
import dev.mcpauth.server.store.SigningKeyStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public half of the access-token signing key (RFC 7517), named by {@code jwks_uri} in the metadata. */
@RestController
public class JwksController {

    private final SigningKeyStore keys;

    public JwksController(SigningKeyStore keys) {
        this.keys = keys;
    }

    @GetMapping(value = "/jwks", produces = "application/jwk-set+json")
    public ResponseEntity<String> jwks() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/jwk-set+json"))
                .body(Json.write(new JWKSet(keys.publicKey()).toJSONObject(true)));
    }
}
