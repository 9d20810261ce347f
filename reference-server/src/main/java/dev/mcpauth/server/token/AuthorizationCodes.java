package dev.mcpauth.server.token;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import org.springframework.stereotype.Component;

/**
 * Authorization codes, in memory: they live one minute, so a restart that loses them only makes a user start the
 * flow again. A redeemed code is remembered until it expires, so that its second use can be detected and the tokens
 * issued from it revoked (OAuth 2.1 §4.1.3).
 */
@Component
public class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofSeconds(60);

    /** What the user approved, bound to the code. */
    public record Grant(String clientId, String subject, URI redirectUri, CodeChallenge codeChallenge, Scope scope,
                        String resource) {
    }

    /** The state of one code; {@code refreshFamily} names the tokens issued from it, once it is redeemed. */
    public record Redemption(Grant grant, boolean alreadyRedeemed, String refreshFamily) {
    }

    private record Entry(Grant grant, Instant expiresAt, boolean redeemed, String refreshFamily) {
    }

    private final Map<String, Entry> codes = new ConcurrentHashMap<>();

    public AuthorizationCode issue(Grant grant) {
        Instant now = Instant.now();
        codes.values().removeIf(entry -> entry.expiresAt().isBefore(now));
        AuthorizationCode code = new AuthorizationCode(32);
        codes.put(code.getValue(), new Entry(grant, now.plus(LIFETIME), false, null));
        return code;
    }

    /** Redeems a code once; a second call reports it as already redeemed. Empty for unknown or expired codes. */
    public synchronized Optional<Redemption> redeem(String code) {
        Entry entry = codes.get(code);
        if (entry == null || entry.expiresAt().isBefore(Instant.now())) {
            return Optional.empty();
        }
        if (entry.redeemed()) {
            return Optional.of(new Redemption(entry.grant(), true, entry.refreshFamily()));
        }
        codes.put(code, new Entry(entry.grant(), entry.expiresAt(), true, null));
        return Optional.of(new Redemption(entry.grant(), false, null));
    }

    /** Records which refresh-token family a redeemed code produced. */
    public synchronized void recordFamily(String code, String refreshFamily) {
        codes.computeIfPresent(code, (key, entry) ->
                new Entry(entry.grant(), entry.expiresAt(), true, refreshFamily));
    }
}
