package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.List;
import java.util.Optional;

import dev.mcpauth.client.ServerAuthorization;
import dev.mcpauth.client.mcp.RequestAuthorization;

/**
 * Defect: the client takes a refresh token for granted. A token response without {@code refresh_token} is an error
 * to it, as to a client whose token response type declares the field required.
 */
public class RefreshTokenAssumed extends AuthorizationOnTheWire {

    @Override
    protected RequestAuthorization onTheWire(ServerAuthorization authorization) {
        return new RequestAuthorization() {
            @Override
            public Optional<String> accessToken() {
                authorization.tokens().filter(tokens -> tokens.refreshToken() == null).ifPresent(tokens -> {
                    throw new IllegalStateException("the token response carries no refresh_token");
                });
                return authorization.accessToken();
            }

            @Override
            public boolean onRefused(int status, String sentToken, List<String> challenges) {
                return authorization.onRefused(status, sentToken, challenges);
            }
        };
    }
}
