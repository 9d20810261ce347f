package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.mcpauth.client.ServerAuthorization;
import dev.mcpauth.client.mcp.RequestAuthorization;

/**
 * Defect: the client holds its token back until the server asks for it. Every request goes out without
 * authorization first, and only its retry after the 401 carries the token, so each request after the first draws
 * a 401 of its own.
 */
public class TokenOnlyAfterAChallenge extends AuthorizationOnTheWire {

    @Override
    protected RequestAuthorization onTheWire(ServerAuthorization authorization) {
        AtomicBoolean challenged = new AtomicBoolean();
        return new RequestAuthorization() {
            @Override
            public Optional<String> accessToken() {
                return challenged.getAndSet(false) ? authorization.accessToken() : Optional.empty();
            }

            @Override
            public boolean onRefused(int status, String sentToken, List<String> challenges) {
                boolean retry = authorization.onRefused(status, sentToken, challenges);
                challenged.set(retry);
                return retry;
            }
        };
    }
}
