package dev.mcpauth.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScenarioTagsTest {

    @Test
    void parseSeparatesRequirementIdsLevelAndSpecVersions() {
        ScenarioTags tags = ScenarioTags.parse(List.of("@spec-2025-06-18", "@AUTH-PRM-04", "@R9728-15",
                "@OA21-AZ-17", "@SHOULD"));

        assertThat(tags.requirementIds()).containsExactly("AUTH-PRM-04", "R9728-15", "OA21-AZ-17");
        assertThat(tags.level()).isEqualTo(Level.SHOULD);
        assertThat(tags.specVersions()).containsExactly("2025-06-18");
    }

    @Test
    void parseDoesNotTakeNegativeLevelTagsForRequirementIds() {
        ScenarioTags mustNot = ScenarioTags.parse(List.of("@AUTH-TOK-02", "@MUST-NOT"));
        ScenarioTags shouldNot = ScenarioTags.parse(List.of("@SHOULD-NOT", "@AUTH-TOK-03"));

        assertThat(mustNot.requirementIds()).containsExactly("AUTH-TOK-02");
        assertThat(mustNot.level()).isEqualTo(Level.MUST_NOT);
        assertThat(shouldNot.requirementIds()).containsExactly("AUTH-TOK-03");
        assertThat(shouldNot.level()).isEqualTo(Level.SHOULD_NOT);
    }

    @Test
    void parseWithoutLevelTagHoldsTheScenarioToMust() {
        assertThat(ScenarioTags.parse(List.of("@AUTH-PRM-04")).level()).isEqualTo(Level.MUST);
    }

    @Test
    void parseIgnoresTagsThatAreNeitherIdsNorLevelsNorVersions() {
        ScenarioTags tags = ScenarioTags.parse(List.of("@wip", "@Auth-prm-04", "@AUTH", "@-X-1", "@MAY"));

        assertThat(tags.requirementIds()).isEmpty();
        assertThat(tags.level()).isEqualTo(Level.MAY);
    }
}
