package dev.mcpauth.server.token;

import java.util.List;

import com.nimbusds.oauth2.sdk.Scope;
import dev.mcpauth.server.registration.RegisteredClient;
import dev.mcpauth.server.resource.McpScopes;

/**
 * Which scope a client gets: what it asks for, if the server knows every value and the client registered it (a
 * client that registered no scope may ask for any supported one); the default scope when it asks for none.
 */
public final class ScopePolicy {

    private ScopePolicy() {
    }

    public static Scope grant(RegisteredClient client, Scope requested) {
        Scope allowed = client.clientMetadata().getScope();
        List<String> allowedValues = allowed == null ? McpScopes.SUPPORTED : allowed.toStringList();
        if (requested == null || requested.isEmpty()) {
            return allowedValues.contains(McpScopes.DEFAULT) ? new Scope(McpScopes.DEFAULT)
                    : Scope.parse(allowedValues);
        }
        for (String value : requested.toStringList()) {
            if (!McpScopes.SUPPORTED.contains(value)) {
                throw TokenRequestRejection.invalidScope("unknown scope " + value);
            }
            if (!allowedValues.contains(value)) {
                throw TokenRequestRejection.invalidScope("scope " + value + " was not registered for this client");
            }
        }
        return requested;
    }

    /** A narrower scope on refresh (RFC 6749 §6): every value must already be granted. */
    public static Scope narrow(Scope granted, Scope requested) {
        if (requested == null || requested.isEmpty()) {
            return granted;
        }
        for (String value : requested.toStringList()) {
            if (!granted.contains(value)) {
                throw TokenRequestRejection.invalidScope("scope " + value + " exceeds the original grant");
            }
        }
        return requested;
    }
}
