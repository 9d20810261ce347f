package dev.mcpauth.client.mcp;

import java.util.List;
import java.util.Optional;

/**
 * What an MCP wire asks of the authorization layer, the same for every revision: the token to put on the next
 * request, and whether a request the server refused (401, 403) is worth sending again.
 */
public interface RequestAuthorization {

    /** The access token for the next request; empty while the server has not asked for one. */
    Optional<String> accessToken();

    /**
     * The server answered {@code status} with these {@code WWW-Authenticate} values to a request that carried
     * {@code sentToken} (null: none). Answers whether to send the request again, with {@link #accessToken()}.
     */
    boolean onRefused(int status, String sentToken, List<String> challenges);

    /** No authorization: requests go without a token and a refusal is final. */
    RequestAuthorization NONE = new RequestAuthorization() {
        @Override
        public Optional<String> accessToken() {
            return Optional.empty();
        }

        @Override
        public boolean onRefused(int status, String sentToken, List<String> challenges) {
            return false;
        }
    };
}
