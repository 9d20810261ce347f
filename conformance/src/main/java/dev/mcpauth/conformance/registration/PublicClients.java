package dev.mcpauth.conformance.registration;

import java.util.HashMap;
import java.util.Map;

import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.token.ClientCredentials;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;

/**
 * The public client the authorization-code scenarios share: registered once per target and run, since servers
 * rate-limit registration and each scenario needs only a client, not a new one.
 */
public final class PublicClients {

    private static final Map<String, ClientCredentials> CLIENT_BY_TARGET = new HashMap<>();

    private PublicClients() {
    }

    public static synchronized ClientCredentials loopbackClient(ConformanceWorld world, Discovered discovered) {
        ClientCredentials known = CLIENT_BY_TARGET.get(world.target().mcpUrl());
        if (known != null) {
            return known;
        }
        Response registration = ClientRegistrations.register(world, discovered,
                ClientRegistrations.publicClient(ClientRegistrations.LOOPBACK_REDIRECT_URI));
        if (registration.statusCode() != 201 && registration.statusCode() != 200) {
            throw Findings.skip("A public client could not be registered (answered " + registration.statusCode()
                    + ").");
        }
        ClientCredentials client = new ClientCredentials(registration.path("client_id"), null, "none");
        CLIENT_BY_TARGET.put(world.target().mcpUrl(), client);
        return client;
    }
}
