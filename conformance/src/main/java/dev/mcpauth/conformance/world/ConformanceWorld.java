package dev.mcpauth.conformance.world;

import dev.mcpauth.conformance.http.ExchangeRecorder;
import dev.mcpauth.conformance.targets.HarnessSettings;
import dev.mcpauth.conformance.targets.TargetServer;
import dev.mcpauth.conformance.targets.Targets;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The state of one scenario, injected into every step class; a new one per scenario. */
public class ConformanceWorld {

    private final TargetServer target;
    private final ExchangeRecorder recorder = new ExchangeRecorder();
    private Response lastResponse;

    public ConformanceWorld() {
        this.target = Targets.resolve(HarnessSettings.fromSystemProperties());
    }

    public TargetServer target() {
        return target;
    }

    /** A request that is recorded as evidence, follows no redirect, and sends the URL exactly as built. */
    public RequestSpecification request() {
        return RestAssured.given().filter(recorder).redirects().follow(false).urlEncodingEnabled(false);
    }

    public ExchangeRecorder recorder() {
        return recorder;
    }

    public Response lastResponse() {
        if (lastResponse == null) {
            throw new IllegalStateException("no request was sent in this scenario yet");
        }
        return lastResponse;
    }

    public void answered(Response response) {
        this.lastResponse = response;
    }
}
