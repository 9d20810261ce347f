package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.revision.RevisionScope;
import dev.mcpauth.conformance.revision.RunPart;
import dev.mcpauth.conformance.verdict.ExpectedFailureLedger;
import dev.mcpauth.conformance.verdict.ExpectedFailures;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;

/** Sets each scenario's severity from its tags, skips scenarios of other revisions, and catches stale gaps. */
public class VerdictHooks {

    private final ConformanceWorld world;
    private final Findings findings;

    public VerdictHooks(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @Before(order = 0)
    public void begin(Scenario scenario) {
        findings.begin(scenario, ExpectedFailures.load(world.settings().expectedFailures()));
        // the runner leaves such scenarios out before they start; this catches a run started without it
        RevisionScope.ofRequirementList().leftOutBecause(scenario.getSourceTagNames(), world.revision())
                .ifPresent(reason -> {
                    throw Findings.skip("Not part of revision " + world.revision() + ": " + reason);
                });
    }

    @After(order = 10_000)
    public void end() {
        findings.end();
    }

    @BeforeAll
    public static void startLedger() {
        if (RunPart.current().isFirst()) {
            ExpectedFailureLedger.reset();
        }
    }

    /** A known gap that no longer fails must leave the expected-failures file, or the file stops being true. */
    @AfterAll
    public static void noStaleExpectedFailures() {
        if (!RunPart.current().isLast()) {
            return;
        }
        java.util.Set<String> stale = ExpectedFailureLedger.staleEntries();
        if (!stale.isEmpty()) {
            throw new AssertionError("Stale expected failures: " + stale + " now pass; remove them from the "
                    + "expected-failures file.");
        }
    }
}
