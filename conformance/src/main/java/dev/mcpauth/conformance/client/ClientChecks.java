package dev.mcpauth.conformance.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.mcpauth.conformance.verdict.Findings;

/**
 * The checks of client-side scenarios, each named after what it asserts and failing with what the client sent.
 * They read only the stubs' journals, so they judge any client the same way.
 */
public final class ClientChecks {

    private static final String UNRESERVED = "[A-Za-z0-9._~-]";

    private ClientChecks() {
    }

    public static void fetchedTheResourceMetadataNamedByTheChallenge(ClientJournal journal, String namedPath) {
        boolean fetched = journal.mcpServer().stream().anyMatch(r -> r.method().equals("GET")
                && r.path().equals(namedPath));
        require(fetched, "The client never fetched the protected resource metadata at "
                + namedPath + ", which the 401 challenge named (resource_metadata). "
                + "MCP clients must discover the authorization server through it.", journal.mcpServer());
    }

    public static void probedThePathInsertedResourceMetadataUrlFirst(ClientJournal journal) {
        List<SentRequest> probes = journal.mcpServer().stream()
                .filter(r -> r.path().startsWith("/.well-known/oauth-protected-resource")).toList();
        require(!probes.isEmpty() && probes.get(0).path().equals(StubDeployment.RESOURCE_METADATA_PATH),
                "With no resource_metadata in the challenge, the client must try the path-inserted well-known URL "
                        + StubDeployment.RESOURCE_METADATA_PATH + " first, then the root one.", probes);
        require(probes.stream().noneMatch(r -> r.path().equals("/.well-known/oauth-protected-resource")),
                "The path-inserted metadata was there; the client should have stopped probing at it.", probes);
    }

    public static void askedTheMcpOriginForNoAuthorizationServerMetadata(ClientJournal journal) {
        List<SentRequest> guesses = journal.mcpServer().stream()
                .filter(r -> r.path().contains("oauth-authorization-server") || r.path().contains("openid-configuration"))
                .toList();
        require(guesses.isEmpty(), "The client looked for authorization server metadata at the MCP server's own "
                + "origin instead of at the authorization server the protected resource metadata names.", guesses);
    }

    public static void fetchedTheMetadataAtThePathInsertedUrlFirst(ClientJournal journal) {
        List<SentRequest> requests = journal.authorizationServer();
        require(!requests.isEmpty() && requests.get(0).method().equals("GET")
                        && requests.get(0).path().equals(StubDeployment.METADATA_PATH),
                "The first request to the authorization server (issuer with path " + StubDeployment.TENANT
                        + ") should fetch the RFC 8414 metadata at " + StubDeployment.METADATA_PATH
                        + " (well-known segment inserted before the issuer's path).", requests);
    }

    public static void lookedForTheServerMetadataInOrder(ClientJournal journal, List<String> expectedPaths) {
        List<SentRequest> lookups = journal.authorizationServer().stream()
                .filter(r -> r.method().equals("GET") && r.path().contains("/.well-known/")).toList();
        require(lookups.stream().map(SentRequest::path).toList().equals(expectedPaths), "For an issuer with a "
                + "path the client must look for the authorization server metadata at "
                + String.join(", then ", StubDeployment.SERVER_METADATA_PATHS) + ", in that order, and stop at the "
                + "first that answers; here that is " + expectedPaths.get(expectedPaths.size() - 1)
                + ", so the lookups should be exactly " + expectedPaths + ".", lookups);
    }

    public static void usedOnlyTheAdvertisedEndpoints(ClientJournal journal) {
        Set<String> advertised = Set.of(StubDeployment.METADATA_PATH, StubDeployment.AUTHORIZATION_PATH,
                StubDeployment.TOKEN_PATH, StubDeployment.REGISTRATION_PATH);
        List<SentRequest> guessed = journal.authorizationServer().stream()
                .filter(r -> !advertised.contains(r.path())).toList();
        List<SentRequest> defaults = journal.mcpServer().stream()
                .filter(r -> Set.of("/authorize", "/token", "/register").contains(r.path())).toList();
        require(guessed.isEmpty() && defaults.isEmpty(), "The client sent requests to URLs the authorization "
                + "server metadata does not advertise (its endpoints are at non-default paths).",
                concat(guessed, defaults));
    }

    public static void listedTheToolsWithAToken(ClientJournal journal) {
        boolean listed = journal.mcpRequestsWithToken().stream()
                .anyMatch(r -> r.jsonRpcMethod().filter("tools/list"::equals).isPresent());
        require(listed, "The client never sent tools/list with an access token, so it did not get through the "
                + "authorization; every stub answered as a conformant deployment would.", journal.mcpRequests());
    }

    public static void everyAuthorizationRequestNamesTheServerAsResource(ClientJournal journal) {
        if (usedClientCredentialsOnly(journal)) {
            return; // it sent no authorization request to name a resource in; its token requests are checked
        }
        List<SentRequest> requests = journal.authorizationRequests();
        require(!requests.isEmpty(), "The client sent no authorization request.", journal.authorizationServer());
        resourceIsTheServer(journal, requests, "authorization request");
    }

    public static void everyTokenRequestNamesTheServerAsResource(ClientJournal journal) {
        List<SentRequest> requests = journal.tokenRequests();
        require(!requests.isEmpty(), "The client sent no token request.", journal.authorizationServer());
        resourceIsTheServer(journal, requests, "token request");
    }

    private static void resourceIsTheServer(ClientJournal journal, List<SentRequest> requests, String what) {
        List<SentRequest> wrong = requests.stream()
                .filter(r -> !journal.serverUrl().equals(r.parameters().get("resource"))).toList();
        require(wrong.isEmpty(), "Every " + what + " must carry resource=" + journal.serverUrl()
                + " (RFC 8707), the canonical URL of the MCP server the token is for, exactly.", wrong);
    }

    public static void everyAuthorizationRequestUsesPkceS256(ClientJournal journal) {
        List<SentRequest> requests = authorizationRequestsOf(journal, "its PKCE challenge");
        List<SentRequest> wrong = requests.stream().filter(r -> !"S256".equals(r.query().get("code_challenge_method"))
                || !r.query().getOrDefault("code_challenge", "").matches("[A-Za-z0-9_-]{43}")).toList();
        require(wrong.isEmpty(), "Every authorization request must carry a code_challenge (43 base64url "
                + "characters) with code_challenge_method=S256 written out (it defaults to plain).", wrong);
    }

    public static void theCodeVerifierMatchesTheChallenge(ClientJournal journal) {
        authorizationRequestsOf(journal, "its code verifier");
        List<SentRequest> redemptions = journal.tokenRequests().stream()
                .filter(r -> "authorization_code".equals(r.form().get("grant_type"))).toList();
        require(!redemptions.isEmpty(), "The client never redeemed the authorization code.",
                journal.authorizationServer());
        String challenge = journal.authorizationRequests().get(journal.authorizationRequests().size() - 1)
                .query().getOrDefault("code_challenge", "");
        SentRequest redemption = redemptions.get(redemptions.size() - 1);
        String verifier = redemption.form().getOrDefault("code_verifier", "");
        require(verifier.matches(UNRESERVED + "{43,128}"), "The code_verifier must be 43 to 128 unreserved "
                + "characters; it is \"" + verifier + "\".", List.of(redemption));
        require(s256(verifier).equals(challenge), "BASE64URL(SHA-256(code_verifier)) must equal the "
                + "code_challenge of the authorization request (" + challenge + "); it is " + s256(verifier) + ".",
                List.of(redemption));
    }

    public static void everyAuthorizationRequestCarriesState(ClientJournal journal) {
        List<SentRequest> requests = authorizationRequestsOf(journal, "its state");
        List<SentRequest> without = requests.stream()
                .filter(r -> r.query().getOrDefault("state", "").length() < 16).toList();
        require(without.isEmpty(), "Every authorization request should carry a fresh, unguessable state (here: "
                + "at least 16 characters) that the client then checks on the response.", without);
    }

    public static void registeredTheRedirectUriItUses(ClientJournal journal) {
        List<SentRequest> registrations = journal.registrationRequests();
        if (registrations.isEmpty()) {
            throw Findings.skip("The client did not register itself, so which redirect URIs its client id has "
                    + "(registered beforehand, if at all) is not in anything it sent; the registration scenario "
                    + "(AUTH-OVR-03) judges whether it should have registered.");
        }
        require(registrations.size() == 1, "The client should register exactly once (dynamic client "
                + "registration, RFC 7591) at the advertised registration_endpoint.", journal.authorizationServer());
        SentRequest registration = registrations.get(0);
        List<SentRequest> authorizations = authorizationRequestsOf(journal, "the redirect URI it uses");
        for (SentRequest authorization : authorizations) {
            String redirectUri = authorization.query().getOrDefault("redirect_uri", "");
            String body = registration.body().replace("\\/", "/");
            require(!redirectUri.isEmpty() && (body.contains("\"" + redirectUri + "\"")
                            || body.contains("\"" + withoutLoopbackPort(redirectUri) + "\"")
                            || registeredWithAnyPort(body, redirectUri)),
                    "The redirect_uri of the authorization request (" + redirectUri + ") must be one the client "
                            + "registered (redirect_uris of the registration request); on the loopback interface "
                            + "only the port may differ (OAuth 2.1 §8.4.2).",
                    List.of(registration, authorization));
            require(redirectUri.startsWith("https://") || redirectUri.matches("http://(127\\.0\\.0\\.1|\\[::1\\]|"
                    + "localhost)(:[0-9]+)?(/.*)?"), "Redirect URIs must be https or on the loopback interface; "
                    + "the client used " + redirectUri + ".", List.of(authorization));
        }
    }

    public static void usedTheRegisteredClientId(ClientJournal journal) {
        if (usedClientCredentialsOnly(journal)) {
            List<SentRequest> wrong = journal.tokenRequests().stream()
                    .filter(r -> !StubDeployment.REGISTERED_CLIENT_ID.equals(clientIdOf(r))).toList();
            require(wrong.isEmpty(), "Every token request must identify the client by the client_id the "
                    + "registration returned: " + StubDeployment.REGISTERED_CLIENT_ID + ".", wrong);
            return;
        }
        askedForAuthorizationAs(journal, StubDeployment.REGISTERED_CLIENT_ID, "the client_id the registration "
                + "returned");
    }

    public static void usedItsMetadataDocumentUrlAsClientId(ClientJournal journal, String url) {
        askedForAuthorizationAs(journal, url, "the URL of its client ID metadata document, since the authorization "
                + "server supports those (client_id_metadata_document_supported)");
    }

    private static void askedForAuthorizationAs(ClientJournal journal, String clientId, String what) {
        List<SentRequest> wrong = authorizationRequestsOf(journal, "the client_id it presents").stream()
                .filter(r -> !clientId.equals(r.query().get("client_id"))).toList();
        require(wrong.isEmpty(), "The authorization request must use " + what + ": client_id=" + clientId + ".",
                wrong);
    }

    /** For a fault injected into the authorization response: no code from it may be redeemed. */
    public static void redeemedNoCodeFromThatResponse(ClientJournal journal) {
        authorizationRequestsOf(journal, "what it does with an authorization response");
        sentNoTokenRequest(journal);
    }

    /**
     * The authorization requests the client sent. A client that got its tokens with the client credentials grant
     * alone never starts the authorization code flow (a machine-to-machine client), so a check of that flow has
     * nothing to judge: skipped, neither a pass nor a false alarm.
     */
    private static List<SentRequest> authorizationRequestsOf(ClientJournal journal, String what) {
        if (usedClientCredentialsOnly(journal)) {
            throw Findings.skip("The client got its tokens with the client credentials grant and started no "
                    + "authorization code flow, so " + what + " in that flow cannot be observed.");
        }
        List<SentRequest> requests = journal.authorizationRequests();
        require(!requests.isEmpty(), "The client sent no authorization request.", journal.authorizationServer());
        return requests;
    }

    private static boolean usedClientCredentialsOnly(ClientJournal journal) {
        List<SentRequest> tokens = journal.tokenRequests();
        return journal.authorizationRequests().isEmpty() && !tokens.isEmpty() && tokens.stream()
                .allMatch(r -> "client_credentials".equals(r.form().get("grant_type")));
    }

    public static void didNotRegister(ClientJournal journal) {
        require(journal.registrationRequests().isEmpty(), "The client registered itself although it had a way to "
                + "identify itself that comes before registration (pre-registered credentials, or a client ID "
                + "metadata document the authorization server supports).", journal.registrationRequests());
    }

    public static void redeemedTheCodeAsAPublicClient(ClientJournal journal, String clientId) {
        authorizationRequestsOf(journal, "how it redeems a code");
        List<SentRequest> redemptions = journal.tokenRequests().stream()
                .filter(r -> "authorization_code".equals(r.form().get("grant_type"))).toList();
        require(!redemptions.isEmpty(), "The client never redeemed the authorization code.",
                journal.authorizationServer());
        List<SentRequest> wrong = redemptions.stream().filter(r -> !clientId.equals(r.form().get("client_id"))
                || r.form().containsKey("client_secret") || r.form().containsKey("client_assertion")
                || r.header("Authorization").isPresent()).toList();
        require(wrong.isEmpty(), "A client named by its metadata document is a public client: the token request "
                + "must carry client_id=" + clientId + " and no client authentication (no secret, no assertion, "
                + "no Authorization header).", wrong);
    }

    public static void neverPresentedAsClientId(ClientJournal journal, String clientId) {
        List<SentRequest> presenting = journal.authorizationServer().stream()
                .filter(r -> clientId.equals(r.parameters().get("client_id")) || clientId.equals(clientIdOf(r)))
                .toList();
        require(presenting.isEmpty(), "The client presented the URL of its metadata document (" + clientId
                + ") as its client_id. Such a URL is for authorization servers that advertise "
                + "client_id_metadata_document_supported, comes after pre-registered credentials, and must be https "
                + "with a path (MCP 2025-11-25, Client ID Metadata Documents).", presenting);
    }

    public static void authenticatedAs(ClientJournal journal, String clientId) {
        List<SentRequest> tokens = journal.tokenRequests();
        require(!tokens.isEmpty(), "The client sent no token request.", journal.authorizationServer());
        List<SentRequest> wrong = tokens.stream().filter(r -> !clientId.equals(clientIdOf(r))).toList();
        require(wrong.isEmpty(), "Every token request must identify the pre-registered client " + clientId
                + " (HTTP Basic, client_id form field or client assertion).", wrong);
    }

    /** The client id a request to the authorization server presents: HTTP Basic, else the form's client_id. */
    static String clientIdOf(SentRequest request) {
        Optional<String> basic = request.header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Basic ", 0, 6))
                .map(value -> new String(Base64.getDecoder().decode(value.substring(6).strip()),
                        StandardCharsets.UTF_8))
                .map(pair -> java.net.URLDecoder.decode(pair.substring(0, Math.max(0, pair.indexOf(':'))),
                        StandardCharsets.UTF_8));
        return basic.orElse(request.form().getOrDefault("client_id", ""));
    }

    public static void everyMcpRequestAfterTheTokenCarriesIt(ClientJournal journal) {
        List<SentRequest> mcp = journal.mcpRequests();
        int first = firstWithToken(mcp);
        require(first >= 0, "The client never sent an MCP request with an access token.", mcp);
        List<SentRequest> without = mcp.subList(first, mcp.size()).stream()
                .filter(r -> r.bearerToken().filter(t -> t.startsWith("stub-access-")).isEmpty()).toList();
        require(without.isEmpty(), "Once it has a token, every HTTP request to the MCP server must carry it as "
                + "Authorization: Bearer <token>, also within one session (GET, DELETE and notifications too).",
                without);
    }

    public static void noTokenInTheQueryString(ClientJournal journal) {
        List<SentRequest> leaking = journal.mcpServer().stream()
                .filter(r -> r.query().containsKey("access_token")
                        || r.query().values().stream().anyMatch(v -> v.startsWith("stub-access-")))
                .toList();
        require(leaking.isEmpty(), "Access tokens must never be put in the URI query string: URLs end up in logs "
                + "and Referer headers.", leaking);
    }

    public static void noTokenOutsideTheAuthorizationHeader(ClientJournal journal) {
        List<SentRequest> twice = journal.mcpRequests().stream()
                .filter(r -> r.query().containsKey("access_token") || r.form().containsKey("access_token")
                        || r.body() != null && r.body().contains("\"access_token\""))
                .toList();
        require(twice.isEmpty(), "A request must carry its token in exactly one way: the Authorization header. "
                + "These requests carry it elsewhere too.", twice);
    }

    /** Renewing by a new grant is allowed too; a refresh request, when sent, must be right. */
    public static void refreshedWithTheTokenItWasGiven(ClientJournal journal) {
        List<SentRequest> wrong = journal.tokenRequests().stream()
                .filter(r -> "refresh_token".equals(r.form().get("grant_type")))
                .filter(r -> !StubDeployment.REFRESH_TOKEN.equals(r.form().get("refresh_token"))).toList();
        require(wrong.isEmpty(), "A refresh request must present the refresh token the authorization server "
                + "issued (" + StubDeployment.REFRESH_TOKEN + ").", wrong);
    }

    public static void askedForTheUnionOfScopes(ClientJournal journal) {
        List<SentRequest> grants = journal.tokenRequests();
        List<SentRequest> later = grants.size() < 2 ? List.of() : grants.subList(1, grants.size());
        boolean union = later.stream().anyMatch(r -> r.scopes().containsAll(Set.of(StubDeployment.GRANTED_SCOPE,
                StubDeployment.NEEDED_SCOPE))) || journal.authorizationRequests().stream().skip(1)
                .anyMatch(r -> r.scopes().containsAll(Set.of(StubDeployment.GRANTED_SCOPE,
                        StubDeployment.NEEDED_SCOPE)));
        require(union, "After 403 insufficient_scope naming " + StubDeployment.NEEDED_SCOPE + ", the client "
                + "should authorize again asking for the scope it held plus the one named ("
                + StubDeployment.GRANTED_SCOPE + " " + StubDeployment.NEEDED_SCOPE + ").", grants);
    }

    public static void gaveUpAfterAFewStepUps(ClientJournal journal, int limit) {
        long grants = journal.tokenRequests().size();
        long lists = journal.mcpRequestsWithToken().stream()
                .filter(r -> r.jsonRpcMethod().filter("tools/list"::equals).isPresent()).count();
        require(grants <= 1 + limit && lists <= 1 + limit, "The server kept answering 403 insufficient_scope; "
                + "the client should stop after a few step-up attempts (here at most " + limit + "), but it "
                + "asked for " + grants + " tokens and sent tools/list " + lists + " times.",
                journal.tokenRequests());
    }

    public static void everyPostAcceptsJsonAndEventStreams(ClientJournal journal) {
        List<SentRequest> posts = journal.mcpRequests().stream().filter(r -> r.method().equals("POST")).toList();
        require(!posts.isEmpty(), "The client sent no POST to the MCP endpoint.", journal.mcpServer());
        List<SentRequest> wrong = posts.stream().filter(r -> !r.header("Accept").map(accept ->
                accept.contains("application/json") && accept.contains("text/event-stream")).orElse(false)).toList();
        require(wrong.isEmpty(), "Every POST to the MCP endpoint must send an Accept header listing both "
                + "application/json and text/event-stream (Streamable HTTP).", wrong);
    }

    public static void initializeNamesVersionCapabilitiesAndClient(ClientJournal journal) {
        List<SentRequest> initializes = journal.mcpRequestsWithToken().stream()
                .filter(r -> r.jsonRpcMethod().filter("initialize"::equals).isPresent()).toList();
        require(!initializes.isEmpty(), "The client sent no initialize request with its token.",
                journal.mcpRequests());
        List<SentRequest> wrong = initializes.stream().filter(r -> !(r.body().contains("\"protocolVersion\"")
                && r.body().contains("\"capabilities\"") && r.body().contains("\"clientInfo\""))).toList();
        require(wrong.isEmpty(), "An initialize request must carry protocolVersion, capabilities and clientInfo.",
                wrong);
    }

    public static void sentTheInitializedNotification(ClientJournal journal) {
        List<SentRequest> mcp = journal.mcpRequestsWithToken();
        int initialize = indexOf(mcp, "initialize");
        int initialized = indexOf(mcp, "notifications/initialized");
        require(initialize >= 0 && initialized > initialize, "After a successful initialize the client must send "
                + "notifications/initialized before it goes on.", mcp);
        int firstOther = -1;
        for (int i = initialize + 1; i < mcp.size(); i++) {
            if (mcp.get(i).jsonRpcMethod().filter(m -> !m.startsWith("notifications/") && !m.equals("ping"))
                    .isPresent()) {
                firstOther = i;
                break;
            }
        }
        require(firstOther < 0 || initialized < firstOther, "notifications/initialized must come before the "
                + "client's other requests.", mcp);
    }

    public static void everyRequestAfterInitializeNamesTheProtocolVersion(ClientJournal journal) {
        List<SentRequest> mcp = journal.mcpRequestsWithToken();
        int initialize = indexOf(mcp, "initialize");
        require(initialize >= 0, "The client sent no initialize request with its token.", journal.mcpRequests());
        List<SentRequest> after = mcp.subList(initialize + 1, mcp.size());
        List<SentRequest> without = after.stream()
                .filter(r -> r.header("MCP-Protocol-Version").filter(v -> !v.isBlank()).isEmpty()).toList();
        require(!after.isEmpty() && without.isEmpty(), "Every request after initialization must carry the "
                + "MCP-Protocol-Version header, naming a version.", after.isEmpty() ? mcp : without);
    }

    public static void theProtocolVersionHeaderIsTheNegotiatedOne(ClientJournal journal, String negotiated) {
        List<SentRequest> mcp = journal.mcpRequestsWithToken();
        int initialize = indexOf(mcp, "initialize");
        List<SentRequest> wrong = mcp.subList(initialize + 1, mcp.size()).stream()
                // a header naming no version at all is the missing header of TRN-21, not a wrong version
                .filter(r -> r.header("MCP-Protocol-Version").filter(v -> !v.isBlank() && !v.equals(negotiated))
                        .isPresent())
                .toList();
        require(wrong.isEmpty(), "The server answered initialize with protocolVersion " + negotiated + "; the "
                + "MCP-Protocol-Version header should carry that negotiated version.", wrong);
    }

    private static int indexOf(List<SentRequest> requests, String method) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).jsonRpcMethod().filter(method::equals).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    public static void sentNoTokenRequest(ClientJournal journal) {
        require(journal.tokenRequests().isEmpty(), "The client went on to the token endpoint although the stub "
                + "injected a defect it must refuse.", journal.tokenRequests());
    }

    /** Without PKCE support at the server: no registration, no authorization request. */
    public static void didNotStartTheCodeFlow(ClientJournal journal) {
        if (usedClientCredentialsOnly(journal)) {
            throw Findings.skip("The client got its tokens with the client credentials grant, which involves no "
                    + "PKCE; whether it would start the authorization code flow cannot be observed.");
        }
        sentNoAuthorizationOrRegistrationRequest(journal);
    }

    public static void sentNoAuthorizationOrRegistrationRequest(ClientJournal journal) {
        List<SentRequest> sent = concat(journal.authorizationRequests(), journal.registrationRequests());
        require(sent.isEmpty(), "The client went on to register or to ask for authorization although the stub "
                + "injected a defect it must refuse.", sent);
    }

    public static void calledTheMcpServerWithNoToken(ClientJournal journal) {
        require(journal.mcpRequestsWithToken().isEmpty(), "The client called the MCP server with an access token "
                + "although the stub injected a defect it must refuse.", journal.mcpRequestsWithToken());
    }

    private static final java.util.regex.Pattern LOOPBACK_PORT = java.util.regex.Pattern.compile(
            "^(http://(?:127\\.0\\.0\\.1|\\[::1\\]|localhost))(?::[0-9]+)?(/.*)?$");

    private static String withoutLoopbackPort(String uri) {
        java.util.regex.Matcher matcher = LOOPBACK_PORT.matcher(uri);
        return matcher.matches() ? matcher.group(1) + (matcher.group(2) == null ? "" : matcher.group(2)) : uri;
    }

    /** Whether the registration body lists a loopback URI that differs from {@code uri} in its port only. */
    private static boolean registeredWithAnyPort(String body, String uri) {
        if (!LOOPBACK_PORT.matcher(uri).matches()) {
            return false;
        }
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"(http://[^\"]+)\"").matcher(body);
        while (quoted.find()) {
            if (withoutLoopbackPort(quoted.group(1)).equals(withoutLoopbackPort(uri))) {
                return true;
            }
        }
        return false;
    }

    private static int firstWithToken(List<SentRequest> requests) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).bearerToken().isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SentRequest> concat(List<SentRequest> first, List<SentRequest> second) {
        List<SentRequest> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void require(boolean condition, String message, List<SentRequest> evidence) {
        if (!condition) {
            throw new AssertionError(message + "\nWhat the client sent:" + ClientJournal.lines(evidence));
        }
    }

}
