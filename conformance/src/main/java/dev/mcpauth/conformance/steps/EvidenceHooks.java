package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.http.Exchange;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;

/** Attaches every HTTP exchange of a scenario to it, so each verdict shows the evidence behind it. */
public class EvidenceHooks {

    private final ConformanceWorld world;

    public EvidenceHooks(ConformanceWorld world) {
        this.world = world;
    }

    @After
    public void attachExchanges(Scenario scenario) {
        int number = 1;
        for (Exchange exchange : world.recorder().exchanges()) {
            scenario.attach(exchange.describe(), "text/plain",
                    "HTTP exchange " + number++ + ": " + exchange.method() + " " + exchange.url());
        }
    }
}
