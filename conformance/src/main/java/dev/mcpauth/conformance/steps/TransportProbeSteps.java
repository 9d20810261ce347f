package dev.mcpauth.conformance.steps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.mcpauth.conformance.mcp.EventStreamProbe;
import dev.mcpauth.conformance.mcp.McpAnswers;
import dev.mcpauth.conformance.mcp.McpCall;
import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.mcp.McpRequests;
import dev.mcpauth.conformance.mcp.SessionIdChecks;
import dev.mcpauth.conformance.mcp.SessionWire;
import dev.mcpauth.conformance.mcp.TransportChecks;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Streamable HTTP probes with a valid token and session: one thing about the message changed at a time. */
public class TransportProbeSteps {

    private static final int MORE_SESSIONS = 7;

    private final ConformanceWorld world;
    private final Findings findings;
    private McpMessage sent;
    private boolean streamStayedOpen;
    private EventStreamProbe.Opened opened;
    private final List<String> sessionIds = new ArrayList<>();
    private final List<String> eventIds = new ArrayList<>();

    public TransportProbeSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @When("the client issues {mcpMessage} in its session")
    public void inSession(McpMessage message) {
        sent = message;
        try {
            world.answered(world.wire().send(message, world.token().value()));
        } catch (RuntimeException timeout) {
            if (!(timeout.getCause() instanceof java.net.SocketTimeoutException)
                    && !(timeout instanceof java.io.UncheckedIOException)) {
                throw timeout;
            }
            streamStayedOpen = true;
        }
    }

    @When("the client issues a tools\\/list request and a ping in its session")
    public void twoRequests() {
        for (McpMessage message : List.of(McpMessage.TOOLS_LIST, McpMessage.PING)) {
            var answer = world.wire().send(message, world.token().value());
            world.answered(answer);
            if (McpAnswers.isEventStream(answer)) {
                eventIds.addAll(McpAnswers.eventIds(answer));
            }
        }
    }

    @When("the client opens an event stream with a GET in its session")
    public void getStream() {
        opened = EventStreamProbe.open(world, world.token().value(), world.sessionId(), Duration.ofSeconds(5));
    }

    @When("the client sends a batch of two pings in its session")
    public void batch() {
        McpCall ping = world.wire().call(McpMessage.PING);
        world.answered(McpRequests.post(world, "[" + world.wire().body(ping) + "," + world.wire().body(ping.withId(5))
                + "]", world.token().value(), world.sessionId()));
    }

    @When("the client sends a truncated notification in its session")
    public void truncatedNotification() {
        String json = world.wire().body(world.wire().call(McpMessage.INITIALIZED));
        world.answered(McpRequests.post(world, json.substring(0, json.length() - 1), world.token().value(),
                world.sessionId()));
    }

    @When("the client sends a ping with its access token but without its session id")
    public void withoutSessionId() {
        requireSession();
        world.answered(McpRequests.authorized(world.request(), world.token().value())
                .header(McpRequests.VERSION_HEADER, world.revision().label())
                .contentType("application/json").accept(McpRequests.ACCEPT)
                .body(world.wire().body(world.wire().call(McpMessage.PING))).post(world.target().mcpUrl()));
    }

    @When("the client sends a ping with its access token in a session the server never issued")
    public void unknownSession() {
        requireSession();
        world.answered(McpRequests.post(world, world.wire().body(world.wire().call(McpMessage.PING)),
                world.token().value(), "never-issued-" + UUID.randomUUID()));
    }

    @When("the client opens several more sessions with its access token")
    public void moreSessions() {
        sessionIds.add(requireSession());
        for (int i = 0; i < MORE_SESSIONS; i++) {
            new SessionWire(world, world.revision()).openSession(world.token().value()).ifPresent(sessionIds::add);
        }
    }

    @Then("the answer body is valid UTF-8")
    public void utf8() {
        findings.check(() -> TransportChecks.strictUtf8(world.lastResponse().asByteArray()));
    }

    @Then("the answer is served as application\\/json or text\\/event-stream")
    public void jsonOrEventStream() {
        findings.check(() -> TransportChecks.jsonOrEventStream(world.lastResponse()));
    }

    @Then("an event-stream answer carries the response and closes after it")
    public void streamCarriesResponse() {
        if (!streamStayedOpen && !McpAnswers.isEventStream(world.lastResponse())) {
            throw Findings.skip("The server answered the request as " + world.lastResponse().contentType()
                    + ", not as an event stream.");
        }
        Object id = sent == McpMessage.TOOLS_LIST ? 2 : 3;
        findings.check(() -> TransportChecks.streamCarriesResponseThenCloses(
                streamStayedOpen ? null : world.lastResponse(), id, !streamStayedOpen));
    }

    @Then("the server answers with an event stream or 405 Method Not Allowed")
    public void eventStreamOr405() {
        findings.check(() -> TransportChecks.eventStreamOr405(opened.status(), opened.contentType()));
    }

    @Then("the batch is refused and none of its requests is answered with a result")
    public void batchRefused() {
        findings.check(() -> TransportChecks.batchRefused(world.lastResponse()));
    }

    @Then("a JSON-RPC error in the answer, if there is one, carries no id")
    public void idLessError() {
        findings.check(() -> TransportChecks.jsonRpcErrorWithoutId(world.lastResponse()));
    }

    @Then("no event id of the answers is used twice")
    public void eventIdsUnique() {
        if (eventIds.isEmpty()) {
            throw Findings.skip("The answers carry no SSE event ids (JSON answers, or events without id).");
        }
        findings.check(() -> TransportChecks.eventIdsUnique(eventIds));
    }

    @Then("the session ids are all different, long enough and show no common pattern")
    public void unpredictable() {
        findings.check(() -> SessionIdChecks.unpredictable(sessionIds));
    }

    private String requireSession() {
        if (world.sessionId() == null) {
            throw Findings.skip("The server does not use sessions (no Mcp-Session-Id on initialize).");
        }
        return world.sessionId();
    }
}
