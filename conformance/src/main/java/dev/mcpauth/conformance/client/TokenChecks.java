package dev.mcpauth.conformance.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks of how a client holds and renews its tokens, by the MCP 2026-07-28 authorization page: "Token
 * Requirements" and "Refresh Tokens".
 */
public final class TokenChecks {

    static final String OFFLINE_ACCESS = "offline_access";

    private TokenChecks() {
    }

    /**
     * Once the client has asked for a token, every request to the MCP endpoint carries an issued one; only the
     * requests before that (the one that drew the 401) go without.
     */
    public static void everyRequestOnceTheClientHasATokenCarriesIt(ClientJournal journal) {
        Optional<Instant> firstGrant = journal.tokenRequests().stream().map(SentRequest::received)
                .min(Instant::compareTo);
        require(firstGrant.isPresent() && !journal.mcpRequestsWithToken().isEmpty(), "The client never sent an MCP "
                + "request with an access token.", journal.mcpRequests());
        List<SentRequest> without = journal.mcpRequests().stream()
                .filter(r -> !r.received().isBefore(firstGrant.get()))
                .filter(r -> r.bearerToken().filter(t -> t.startsWith("stub-access-")).isEmpty()).toList();
        require(without.isEmpty(), "Once it has a token, every HTTP request from the client to the MCP server must "
                + "carry it (Authorization: Bearer <token>), server/discover included; only the request that drew "
                + "the 401 goes without (MCP 2026-07-28, authorization, Token Requirements).", without);
    }

    /** offline_access only where the authorization server's scopes_supported lists it, which the stub's does not. */
    public static void askedForNoOfflineAccess(ClientJournal journal) {
        List<SentRequest> offline = concat(journal.authorizationRequests(), journal.tokenRequests()).stream().filter(r -> r.scopes().contains(OFFLINE_ACCESS)).toList();
        require(offline.isEmpty(), "A client may add offline_access to its scope when the authorization server "
                + "metadata lists it in scopes_supported; this one lists " + StubDeployment.GRANTED_SCOPE + " and "
                + StubDeployment.NEEDED_SCOPE + " only (MCP 2026-07-28, authorization, Refresh Tokens).", offline);
    }

    /**
     * Without refresh tokens, the client renews by a new grant: it sends no refresh request (it was given nothing to
     * present) and still gets the tools listed.
     */
    public static void keptWorkingWithoutARefreshToken(ClientJournal journal) {
        List<SentRequest> refreshes = journal.tokenRequests().stream()
                .filter(r -> "refresh_token".equals(r.form().get("grant_type"))).toList();
        require(refreshes.isEmpty(), "The authorization server issued no refresh token, yet the client sent a "
                + "refresh request: a client must never assume a refresh token (MCP 2026-07-28, authorization, "
                + "Refresh Tokens); at expiry it authorizes again.", refreshes);
        boolean listed = journal.mcpRequestsWithToken().stream()
                .anyMatch(r -> r.jsonRpcMethod().filter("tools/list"::equals).isPresent());
        require(listed, "The token responses carried no refresh_token and the first access token expired at once; "
                + "the client never sent tools/list with an access token, so it stopped instead of authorizing "
                + "again (MCP 2026-07-28, authorization, Refresh Tokens: a refresh token is never assumed).",
                concat(journal.mcpRequests(), journal.tokenRequests()));
    }

    private static List<SentRequest> concat(List<SentRequest> first, List<SentRequest> second) {
        List<SentRequest> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void require(boolean condition, String message, List<SentRequest> evidence) {
        if (!condition) {
            throw new AssertionError(message + "\nWhat the client sent:" + ClientJournal.lines(evidence));
        }
    }
}
