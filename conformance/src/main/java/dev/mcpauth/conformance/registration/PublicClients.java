package dev.mcpauth.conformance.registration;

import java.util.HashMap;
import java.util.Map;

import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.registration.ClientRegistrations.Registration;
import dev.mcpauth.conformance.token.ClientCredentials;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;

/**
 * The public client the authorization-code scenarios share: registered once per target and run, since servers
 * rate-limit registration and each scenario needs only a client, not a new one. Its accepted metadata is also the
 * baseline of the registration scenarios, which change one field of it: a refusal then belongs to that field.
 */
public final class PublicClients {

    private static final Map<String, Registration> REGISTRATION_BY_TARGET = new HashMap<>();

    private PublicClients() {
    }

    /** Forgets what earlier runs in this JVM learned: a server started later may reuse a port, and so a URL. */
    public static synchronized void forgetEarlierRuns() {
        REGISTRATION_BY_TARGET.clear();
    }

    public static ClientCredentials loopbackClient(ConformanceWorld world, Discovered discovered) {
        return new ClientCredentials(accepted(world, discovered).clientId(), null, "none");
    }

    /** Metadata of a public client the server accepted, to change one field of; SKIPPED when none was accepted. */
    public static Map<String, Object> acceptedMetadata(ConformanceWorld world, Discovered discovered) {
        return accepted(world, discovered).copyOfMetadata();
    }

    private static synchronized Registration accepted(ConformanceWorld world, Discovered discovered) {
        String target = world.target().mcpUrl();
        Registration known = REGISTRATION_BY_TARGET.get(target);
        if (known != null) {
            return known;
        }
        Registration registration = ClientRegistrations.registerWithFallback(world, discovered,
                ClientRegistrations.publicClient(discovered, ClientRegistrations.LOOPBACK_REDIRECT_URI));
        if (!registration.accepted()) {
            throw Findings.skip(ClientRegistrations.publicClientsRefused(discovered) + "A public client could not be "
                    + "registered, even with only a redirect URI (answered "
                    + registration.response().statusCode() + " "
                    + dev.mcpauth.conformance.http.ResponseBodies.abbreviate(registration.response().asString()) + ").");
        }
        REGISTRATION_BY_TARGET.put(target, registration);
        return registration;
    }
}
