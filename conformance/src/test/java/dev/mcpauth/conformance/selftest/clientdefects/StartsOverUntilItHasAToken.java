package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.ServerAuthorization;
import dev.mcpauth.client.mcp.RequestAuthorization;

/**
 * Defect: the client takes a failed authorization for a passing fault. As long as it has had no token, it starts
 * the connection over (and with it discovery and registration), {@value #ATTEMPTS} times in all, so a registration
 * the authorization server refuses for good is sent again and again.
 */
public class StartsOverUntilItHasAToken extends AuthorizationOnTheWire {

    private static final int ATTEMPTS = 8;

    private final AtomicBoolean hadAToken = new AtomicBoolean();

    @Override
    protected void connectAndListTools(ClientSettings settings) {
        for (int attempt = 1; ; attempt++) {
            try {
                super.connectAndListTools(settings);
                return;
            } catch (AuthorizationFailure failure) {
                if (attempt == ATTEMPTS || hadAToken.get()) {
                    throw failure;
                }
            }
        }
    }

    @Override
    protected RequestAuthorization onTheWire(ServerAuthorization authorization) {
        return new RequestAuthorization() {
            @Override
            public Optional<String> accessToken() {
                Optional<String> token = authorization.accessToken();
                token.ifPresent(present -> hadAToken.set(true));
                return token;
            }

            @Override
            public boolean onRefused(int status, String sentToken, List<String> challenges) {
                return authorization.onRefused(status, sentToken, challenges);
            }
        };
    }
}
