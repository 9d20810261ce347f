package dev.mcpauth.conformance.steps;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.mcpauth.conformance.resource.TlsChecks;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The TLS of the MCP endpoint and of its protected resource metadata URL. */
public class TlsSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private final Set<String> urls = new LinkedHashSet<>();

    public TlsSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @When("a client connects to the MCP endpoint and its resource metadata URL")
    public void connect() {
        urls.add(world.target().mcpUrl());
        urls.add(world.discovered().resourceMetadataUrl());
    }

    @Then("both are served with TLS 1.2 or newer and a certificate the client can verify")
    public void modernTls() {
        if (urls.stream().noneMatch(url -> url.regionMatches(true, 0, "https:", 0, 6))) {
            throw Findings.skip("The MCP endpoint and its metadata are served over plain http (a local test "
                    + "server), so there is no TLS to check.");
        }
        findings.check(() -> urls.forEach(TlsChecks::modernTls));
    }
}
