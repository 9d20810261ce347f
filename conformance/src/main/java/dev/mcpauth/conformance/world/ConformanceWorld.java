package dev.mcpauth.conformance.world;

import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.discovery.Discovery;
import dev.mcpauth.conformance.discovery.DiscoveryFailure;
import dev.mcpauth.conformance.http.ExchangeRecorder;
import dev.mcpauth.conformance.mcp.McpRequests;
import dev.mcpauth.conformance.mcp.McpWire;
import dev.mcpauth.conformance.mcp.Revision;
import dev.mcpauth.conformance.mcp.SessionWire;
import dev.mcpauth.conformance.mcp.StatelessWire;
import dev.mcpauth.conformance.targets.HarnessSettings;
import dev.mcpauth.conformance.targets.TargetServer;
import dev.mcpauth.conformance.targets.Targets;
import dev.mcpauth.conformance.token.AccessTokens;
import dev.mcpauth.conformance.token.ObtainedToken;
import dev.mcpauth.conformance.token.TokenUnavailable;
import dev.mcpauth.conformance.verdict.Findings;
import io.restassured.RestAssured;
import io.restassured.config.HeaderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The state of one scenario, injected into every step class; a new one per scenario. */
public class ConformanceWorld {

    private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 10_000))
            // a step that changes one header replaces it rather than sending it twice
            .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization",
                    McpRequests.VERSION_HEADER, McpRequests.SESSION_HEADER, StatelessWire.METHOD_HEADER,
                    StatelessWire.NAME_HEADER, "Origin"));

    private final HarnessSettings settings;
    private TargetServer target;
    private final ExchangeRecorder recorder = new ExchangeRecorder();
    private Response lastResponse;
    private String sessionId;
    private McpWire wire;

    public ConformanceWorld() {
        this.settings = HarnessSettings.fromSystemProperties();
    }

    public HarnessSettings settings() {
        return settings;
    }

    /** The server under test, resolved on first use: client-side scenarios never need one. */
    public TargetServer target() {
        if (target == null) {
            target = Targets.resolve(settings);
        }
        return target;
    }

    /**
     * A request that is recorded as evidence, follows no redirect, sends the URL exactly as built, and gives up
     * after a few seconds, so that a server that wrongly opens an event stream cannot stall the suite.
     */
    public RequestSpecification request() {
        return RestAssured.given().config(TIMEOUTS).filter(recorder).redirects().follow(false)
                .urlEncodingEnabled(false);
    }

    public ExchangeRecorder recorder() {
        return recorder;
    }

    /** The server's metadata; a scenario that needs it is SKIPPED when discovery failed. */
    public Discovered discovered() {
        try {
            return Discovery.cached(this);
        } catch (DiscoveryFailure failure) {
            throw Findings.skip("Discovery failed, so this check cannot run: " + failure.getMessage());
        }
    }

    /** An access token for the server; a scenario that needs one is SKIPPED when none can be had. */
    public ObtainedToken token() {
        try {
            return AccessTokens.obtain(this);
        } catch (TokenUnavailable unavailable) {
            throw Findings.skip("No access token: " + unavailable.getMessage());
        }
    }

    public Response lastResponse() {
        if (lastResponse == null) {
            throw new IllegalStateException("no request was sent in this scenario yet");
        }
        return lastResponse;
    }

    /**
     * Records the answer a scenario checks. A 429 says nothing about conformance, only that the server is throttling
     * the harness, so the scenario is SKIPPED rather than judged on it.
     */
    public void answered(Response response) {
        if (response != null && response.statusCode() == 429) {
            throw Findings.skip("The server answered 429 Too Many Requests (rate limiting); run the suite again "
                    + "later or raise the server's limit.");
        }
        this.lastResponse = response;
    }

    /** The last answer's JSON object; a scenario whose metadata request got none is SKIPPED, not judged. */
    public java.util.Map<String, Object> lastDocument() {
        java.util.Map<String, Object> document = Discovery.jsonObject(lastResponse());
        if (document == null) {
            throw Findings.skip("No metadata document to check (answered " + lastResponse().statusCode() + ").");
        }
        return document;
    }

    /** The MCP revision this run tests. */
    public Revision revision() {
        return settings.revision();
    }

    /** How this run's revision sends MCP requests. */
    public McpWire wire() {
        if (wire == null) {
            wire = revision().isStateless() ? new StatelessWire(this) : new SessionWire(this, revision());
        }
        return wire;
    }

    public String sessionId() {
        return sessionId;
    }

    public void sessionOpened(String sessionId) {
        this.sessionId = sessionId;
    }
}
