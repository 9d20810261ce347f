package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.client.ChallengeStyle;
import dev.mcpauth.conformance.client.ClientChecks;
import dev.mcpauth.conformance.client.RegistrationChecks;
import dev.mcpauth.conformance.client.ServerMetadataLocation;
import dev.mcpauth.conformance.client.StubDeployment;
import dev.mcpauth.conformance.client.TokenChecks;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ClientWorld;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Client-side scenarios: stubs play the MCP server and its authorization server, the client under test runs
 * against them, and the checks read what it sent. Each defect a scenario injects is one Given.
 */
public class ClientSteps {

    /** How many step-ups a client may try before it must give up on a server that keeps refusing. */
    private static final int STEP_UP_LIMIT = 3;
    /** How many registrations a client may send to a server that refuses its redirect URIs. */
    private static final int REGISTRATION_ATTEMPT_LIMIT = 3;

    private final ClientWorld world;
    private final Findings findings;

    public ClientSteps(ClientWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @ParameterType(ChallengeStyle.PHRASES)
    public ChallengeStyle challengeStyle(String phrase) {
        return ChallengeStyle.fromPhrase(phrase);
    }

    @ParameterType(ServerMetadataLocation.PHRASES)
    public ServerMetadataLocation serverMetadataLocation(String phrase) {
        return ServerMetadataLocation.fromPhrase(phrase);
    }

    @Before("@client")
    public void name(Scenario scenario) {
        world.scenario(scenario.getName());
    }

    @After("@client")
    public void evidenceAndStop(Scenario scenario) {
        world.outcome().ifPresent(outcome -> scenario.attach(world.client().describe() + ": " + outcome.account(),
                "text/plain", "Client under test"));
        world.startedStubs().ifPresent(stubs -> {
            try {
                if (world.outcome().isPresent()) {
                    scenario.attach(world.journal().describe(), "text/plain", "Requests the client sent to the stubs");
                }
            } finally {
                stubs.close();
            }
        });
    }

    // --- the deployment, and the one defect a scenario injects

    @Given("an MCP server that requires authorization, with a conformant authorization server")
    public void conformantDeployment() {
        world.stubs();
    }

    @Given("the MCP server writes its 401 challenge with {challengeStyle}")
    public void challengeWritten(ChallengeStyle style) {
        world.stubs().challenge(style.header(world.stubs().resourceMetadataUrl()));
    }

    @Given("the protected resource metadata is only at the URL the challenge names")
    public void resourceMetadataOnlyWhereNamed() {
        world.stubs().resourceMetadataOnlyWhereTheChallengeSays();
    }

    @Given("the MCP server's 401 challenge names no metadata URL")
    public void challengeWithoutMetadataUrl() {
        world.stubs().challenge("Bearer realm=\"mcp\"");
    }

    @Given("the authorization server publishes its metadata only at {serverMetadataLocation}")
    public void metadataOnlyAt(ServerMetadataLocation location) {
        world.stubs().serverMetadataOnlyAt(location.path());
    }

    @Given("the client holds pre-registered credentials for the authorization server")
    public void preRegistered() {
        world.offerPreRegisteredCredentials();
    }

    @Given("the client has a client ID metadata document")
    public void metadataDocument() {
        world.offerClientMetadataDocument(ClientWorld.CLIENT_METADATA_URL);
    }

    @Given("the client's metadata document is at a plain http URL")
    public void metadataDocumentOverHttp() {
        world.offerClientMetadataDocument(ClientWorld.PLAIN_HTTP_METADATA_URL);
    }

    @Given("the authorization server supports client ID metadata documents")
    public void metadataDocumentsSupported() {
        world.stubs().supportClientIdMetadataDocuments();
    }

    @Given("the first access token expires at once")
    public void shortLivedToken() {
        world.stubs().tokens(1);
    }

    @Given("the authorization server issues no refresh tokens, and the first access token expires at once")
    public void noRefreshTokens() {
        world.stubs().tokensWithoutRefreshTokens(1);
    }

    @Given("the authorization server refuses every registration naming redirect URIs as invalid_redirect_uri")
    public void redirectUrisRefused() {
        world.stubs().refuseRegistrationsWithRedirectUris();
    }

    @Given("the MCP server needs more scope for listing tools than the first token has")
    public void stepUpNeeded() {
        world.stubs().toolsListNeedsScope(StubDeployment.FIRST_TOKEN, StubDeployment.NEEDED_SCOPE);
    }

    @Given("the MCP server needs more scope for listing tools than any token has")
    public void stepUpNeverEnough() {
        world.stubs().toolsListNeedsScope(null, StubDeployment.NEEDED_SCOPE);
    }

    @Given("the authorization server metadata names a different issuer")
    public void issuerMismatch() {
        world.stubs().authorizationServerMetadata(world.stubs().authorizationServerOrigin() + "/tenant2",
                "[\"S256\"]");
    }

    @Given("the authorization server metadata lists no PKCE methods")
    public void noPkce() {
        world.stubs().authorizationServerMetadata(world.stubs().issuer(), null);
    }

    @Given("the authorization server answers with a state the client did not send")
    public void forgedState() {
        world.stubs().approveWithState("forged-state-0123456789abcdef");
    }

    @Given("the authorization response names another issuer")
    public void foreignIssuerInResponse() {
        world.stubs().approveNamingIssuer(world.stubs().authorizationServerOrigin() + "/tenant2");
    }

    @Given("the authorization server metadata does not say that responses carry the issuer")
    public void issuerParameterNotAdvertised() {
        world.stubs().issuerParameterNotAdvertised();
    }

    @Given("the authorization response names the issuer with a trailing slash")
    public void issuerWithTrailingSlash() {
        world.stubs().approveNamingIssuer(world.stubs().issuer() + "/");
    }

    @Given("the authorization response leaves out the issuer the metadata promised")
    public void issuerMissingFromResponse() {
        world.stubs().approveNamingIssuer(null);
    }

    @Given("the protected resource metadata describes another resource")
    public void resourceMismatch() {
        world.stubs().resourceMetadata(world.stubs().mcpOrigin() + "/other-mcp");
    }

    // --- the client under test

    @Given("the MCP server moves to another authorization server after the first token")
    public void movesToASecondAuthorizationServer() {
        world.stubs().moveToASecondAuthorizationServer();
    }

    @When("the client connects to the MCP server and lists its tools")
    public void connect() {
        world.runClient();
    }

    // --- what it must have sent

    @Then("the client fetched the protected resource metadata named by the challenge")
    public void fetchedResourceMetadata() {
        findings.check(() -> ClientChecks.fetchedTheResourceMetadataNamedByTheChallenge(world.journal(),
                world.stubs().resourceMetadataPath()));
    }

    @Then("the client tried the path-inserted well-known URL of the protected resource metadata first")
    public void pathInsertedResourceMetadata() {
        findings.check(() -> ClientChecks.probedThePathInsertedResourceMetadataUrlFirst(world.journal()));
    }

    @Then("the client never asked the MCP server for authorization server metadata")
    public void noMetadataGuess() {
        findings.check(() -> ClientChecks.askedTheMcpOriginForNoAuthorizationServerMetadata(world.journal()));
    }

    @Then("the client fetched the authorization server metadata at the path-inserted well-known URL first")
    public void pathInsertedMetadata() {
        findings.check(() -> ClientChecks.fetchedTheMetadataAtThePathInsertedUrlFirst(world.journal()));
    }

    @Then("the client looked for the metadata at the well-known URLs in order up to {serverMetadataLocation}, "
            + "and no further")
    public void metadataLookupOrder(ServerMetadataLocation location) {
        findings.check(() -> ClientChecks.lookedForTheServerMetadataInOrder(world.journal(),
                location.pathsUpToHere()));
    }

    @Then("the client used only the endpoints the authorization server metadata advertises")
    public void advertisedEndpoints() {
        findings.check(() -> ClientChecks.usedOnlyTheAdvertisedEndpoints(world.journal()));
    }

    @Then("the client listed the tools with an access token")
    public void listedTools() {
        findings.check(() -> ClientChecks.listedTheToolsWithAToken(world.journal()));
    }

    @Then("every authorization request names the MCP server as the resource")
    public void resourceOnAuthorization() {
        findings.check(() -> ClientChecks.everyAuthorizationRequestNamesTheServerAsResource(world.journal()));
    }

    @Then("every token request names the MCP server as the resource")
    public void resourceOnToken() {
        findings.check(() -> ClientChecks.everyTokenRequestNamesTheServerAsResource(world.journal()));
    }

    @Then("every authorization request carries a PKCE challenge with the S256 method")
    public void pkceS256() {
        findings.check(() -> ClientChecks.everyAuthorizationRequestUsesPkceS256(world.journal()));
    }

    @Then("the code is redeemed with the verifier of that challenge")
    public void verifierMatches() {
        findings.check(() -> ClientChecks.theCodeVerifierMatchesTheChallenge(world.journal()));
    }

    @Then("every authorization request carries an unguessable state")
    public void state() {
        findings.check(() -> ClientChecks.everyAuthorizationRequestCarriesState(world.journal()));
    }

    @Then("the client registered the redirect URI it then used, on the loopback interface")
    public void registeredRedirectUri() {
        findings.check(() -> ClientChecks.registeredTheRedirectUriItUses(world.journal()));
    }

    @Then("the client asked for authorization with the client id it was registered under")
    public void registeredClientId() {
        findings.check(() -> ClientChecks.usedTheRegisteredClientId(world.journal()));
    }

    @Then("the client asked for authorization with the URL of its metadata document as client id")
    public void metadataDocumentClientId() {
        findings.check(() -> ClientChecks.usedItsMetadataDocumentUrlAsClientId(world.journal(),
                world.clientMetadataUrl()));
    }

    @Then("the client redeemed the code as a public client named by that URL")
    public void publicRedemption() {
        findings.check(() -> ClientChecks.redeemedTheCodeAsAPublicClient(world.journal(),
                world.clientMetadataUrl()));
    }

    @Then("the client never presented the URL of its metadata document as client id")
    public void metadataDocumentNotPresented() {
        findings.check(() -> ClientChecks.neverPresentedAsClientId(world.journal(), world.clientMetadataUrl()));
    }

    @Then("the client did not register itself")
    public void noRegistration() {
        findings.check(() -> ClientChecks.didNotRegister(world.journal()));
    }

    @Then("the client authenticated with its pre-registered client id")
    public void preRegisteredId() {
        findings.check(() -> ClientChecks.authenticatedAs(world.journal(), ClientWorld.PRE_REGISTERED_ID));
    }

    @Then("every request to the MCP server after the token was obtained carries it in the Authorization header")
    public void tokenOnEveryRequest() {
        findings.check(() -> ClientChecks.everyMcpRequestAfterTheTokenCarriesIt(world.journal()));
    }

    @Then("no request carries the access token in the query string")
    public void noQueryToken() {
        findings.check(() -> ClientChecks.noTokenInTheQueryString(world.journal()));
    }

    @Then("no request carries the access token anywhere but the Authorization header")
    public void oneMethod() {
        findings.check(() -> ClientChecks.noTokenOutsideTheAuthorizationHeader(world.journal()));
    }

    @Then("any refresh request presents the refresh token it was given")
    public void refreshed() {
        findings.check(() -> ClientChecks.refreshedWithTheTokenItWasGiven(world.journal()));
    }

    @Then("the client asked again for the scope it held together with the scope the server named")
    public void unionOfScopes() {
        findings.check(() -> ClientChecks.askedForTheUnionOfScopes(world.journal()));
    }

    @Then("the client gave up after a few step-up attempts")
    public void gaveUp() {
        findings.check(() -> ClientChecks.gaveUpAfterAFewStepUps(world.journal(), STEP_UP_LIMIT));
    }

    @Then("every POST to the MCP server accepts both JSON and event streams")
    public void accept() {
        findings.check(() -> ClientChecks.everyPostAcceptsJsonAndEventStreams(world.journal()));
    }

    @Then("the initialize request names a protocol version, the client's capabilities and the client")
    public void initialize() {
        findings.check(() -> ClientChecks.initializeNamesVersionCapabilitiesAndClient(world.journal()));
    }

    @Then("the client confirmed the initialization before its other requests")
    public void initialized() {
        findings.check(() -> ClientChecks.sentTheInitializedNotification(world.journal()));
    }

    @Then("every request after initialization names the protocol version")
    public void protocolVersionHeader() {
        findings.check(() -> ClientChecks.everyRequestAfterInitializeNamesTheProtocolVersion(world.journal()));
    }

    @Then("that protocol version is the one the server answered with")
    public void negotiatedVersion() {
        findings.check(() -> ClientChecks.theProtocolVersionHeaderIsTheNegotiatedOne(world.journal(),
                StubDeployment.PROTOCOL_VERSION));
    }

    // --- expect nothing: the client must not go on after the injected defect

    @Then("the client did not start the authorization code flow")
    public void noCodeFlow() {
        findings.check(() -> ClientChecks.didNotStartTheCodeFlow(world.journal()));
    }

    @Then("the client neither registered nor asked for authorization")
    public void noRegistrationNorAuthorization() {
        findings.check(() -> ClientChecks.sentNoAuthorizationOrRegistrationRequest(world.journal()));
    }

    @Then("the client redeemed no code from that response")
    public void redeemedNoCode() {
        findings.check(() -> ClientChecks.redeemedNoCodeFromThatResponse(world.journal()));
    }

    @Then("the client asked for no token")
    public void noTokenRequest() {
        findings.check(() -> ClientChecks.sentNoTokenRequest(world.journal()));
    }

    @Then("the client sent no access token to the MCP server")
    public void noTokenToMcp() {
        findings.check(() -> ClientChecks.calledTheMcpServerWithNoToken(world.journal()));
    }

    // --- MCP 2026-07-28, client registration

    @Then("every registration the client sent names its application type")
    public void applicationTypeNamed() {
        findings.check(() -> RegistrationChecks.everyRegistrationNamesAnApplicationType(world.journal()));
    }

    @Then("every registration with a loopback redirect URI names the application type native")
    public void loopbackIsNative() {
        findings.check(() -> RegistrationChecks.loopbackRegistrationsAreNative(world.journal()));
    }

    @Then("the client presented none of the first authorization server's credentials to the second")
    public void noCredentialsAcrossServers() {
        findings.check(() -> RegistrationChecks.presentedNoFirstServerCredentialsAtTheSecond(world.journal()));
    }

    @Then("the client registered with the second authorization server")
    public void registeredAtTheSecond() {
        findings.check(() -> RegistrationChecks.registeredWithTheSecondServer(world.journal()));
    }

    @Then("the client stopped after a few registration attempts, asking for no authorization without a client id")
    public void stoppedAfterRefusedRegistrations() {
        findings.check(() -> RegistrationChecks.stoppedAfterRefusedRegistrations(world.journal(),
                REGISTRATION_ATTEMPT_LIMIT));
    }

    // --- MCP 2026-07-28, tokens

    @Then("every request to the MCP server once the client asked for a token carries one, server\\/discover included")
    public void tokenOnEveryRequestOfTheNewWire() {
        findings.check(() -> TokenChecks.everyRequestOnceTheClientHasATokenCarriesIt(world.journal()));
    }

    @Then("no authorization or token request asks for offline_access")
    public void noOfflineAccess() {
        findings.check(() -> TokenChecks.askedForNoOfflineAccess(world.journal()));
    }

    @Then("the client sent no refresh request, and still listed the tools with an access token")
    public void noRefreshTokenAssumed() {
        findings.check(() -> TokenChecks.keptWorkingWithoutARefreshToken(world.journal()));
    }
}
