package dev.mcpauth.server.authorization;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.oauth2.sdk.id.State;
import dev.mcpauth.server.token.AuthorizationCodes;
import org.springframework.stereotype.Component;

/** Authorization requests waiting on the consent page, each under an unguessable one-time ticket. */
@Component
public class ConsentRequests {

    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Pending(AuthorizationCodes.Grant grant, State state) {
    }

    private record Held(Pending pending, Instant expiresAt) {
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    public String hold(Pending pending) {
        Instant now = Instant.now();
        held.values().removeIf(entry -> entry.expiresAt().isBefore(now));
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        held.put(ticket, new Held(pending, now.plus(LIFETIME)));
        return ticket;
    }

    public Optional<Pending> take(String ticket) {
        Held entry = ticket == null ? null : held.remove(ticket);
        return entry == null || entry.expiresAt().isBefore(Instant.now()) ? Optional.empty()
                : Optional.of(entry.pending());
    }
}
