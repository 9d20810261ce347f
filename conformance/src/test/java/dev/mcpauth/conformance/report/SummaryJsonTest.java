package dev.mcpauth.conformance.report;

import static dev.mcpauth.conformance.report.Scenarios.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SummaryJsonTest {

    private final JsonNode json = JsonMapper.builder().build().readTree(new SummaryJson().render(
            Scenarios.summary(Scenarios.fixtureList(),
                    scenario("Challenge", Verdict.FAIL, "no header", Level.MUST, "AUTH-PRM-04"),
                    scenario("Scope hint", Verdict.WARN, "no scope", Level.SHOULD, "AUTH-PRM-05"),
                    scenario("Resource", Verdict.PASS, "", Level.MUST_NOT, "R9728-15", "AA-NEW-01"))));

    @Test
    void summaryNamesTargetTimesAndDuration() {
        assertThat(json.path("target").asString()).isEqualTo("https://mcp.example.test/mcp");
        assertThat(json.path("startedAt").asString()).isEqualTo("2026-11-26T10:00:00Z");
        assertThat(json.path("finishedAt").asString()).isEqualTo("2026-11-26T10:00:12.500Z");
        assertThat(json.path("durationSeconds").asDouble()).isEqualTo(12.5);
    }

    @Test
    void summaryCountsScenariosByVerdictAndByLevel() {
        assertThat(json.path("totals").path("FAIL").asInt()).isEqualTo(1);
        assertThat(json.path("totals").path("WARN").asInt()).isEqualTo(1);
        assertThat(json.path("totals").path("PASS").asInt()).isEqualTo(1);
        assertThat(json.path("totals").path("EXPECTED_FAIL").asInt()).isZero();
        assertThat(json.path("byLevel").path("MUST NOT").path("PASS").asInt()).isEqualTo(1);
        assertThat(json.path("byLevel").path("SHOULD").path("WARN").asInt()).isEqualTo(1);
        assertThat(json.path("requirementTotals").path("NOT_TESTABLE").asInt()).isEqualTo(1);
    }

    @Test
    void summaryListsFailedRequirementsAndEveryScenario() {
        assertThat(json.path("failedRequirements").values()).extracting(JsonNode::asString)
                .containsExactly("AUTH-PRM-04");
        JsonNode first = json.path("scenarios").get(0);
        assertThat(first.path("name").asString()).isEqualTo("Challenge");
        assertThat(first.path("uri").asString()).isEqualTo("classpath:features/server/example.feature");
        assertThat(first.path("line").asInt()).isEqualTo(3);
        assertThat(first.path("requirements").get(0).asString()).isEqualTo("AUTH-PRM-04");
        assertThat(first.path("level").asString()).isEqualTo("MUST");
        assertThat(first.path("verdict").asString()).isEqualTo("FAIL");
        assertThat(first.path("reason").asString()).isEqualTo("no header");
        assertThat(json.path("scenarios").get(2).path("reason").isNull()).isTrue();
    }

    @Test
    void summaryHasEveryListedRequirementPlusTaggedOnlyIds() {
        JsonNode requirements = json.path("requirements");

        assertThat(requirements.values()).extracting(node -> node.path("id").asString())
                .containsExactly("AUTH-PRM-04", "AUTH-PRM-05", "R9728-15", "AUTH-SEC-01", "OA21-AZ-17", "AA-NEW-01");
        JsonNode notTestable = requirements.get(3);
        assertThat(notTestable.path("level").asString()).isEqualTo("MUST");
        assertThat(notTestable.path("actor").asString()).isEqualTo("C");
        assertThat(notTestable.path("source").asString()).isEqualTo("MCP security best practices");
        assertThat(notTestable.path("requirement").asString()).isEqualTo("Clients keep tokens secret");
        assertThat(notTestable.path("test").asString()).startsWith("not testable: ");
        assertThat(notTestable.path("scenarios").isEmpty()).isTrue();
        assertThat(notTestable.path("verdict").asString()).isEqualTo("NOT_TESTABLE");
        JsonNode warned = requirements.get(1);
        assertThat(warned.path("scenarios").get(0).path("name").asString()).isEqualTo("Scope hint");
        assertThat(warned.path("scenarios").get(0).path("verdict").asString()).isEqualTo("WARN");
        assertThat(requirements.get(5).path("listed").asBoolean()).isFalse();
        assertThat(requirements.get(5).path("level").asString()).isEqualTo("MUST NOT");
    }
}
