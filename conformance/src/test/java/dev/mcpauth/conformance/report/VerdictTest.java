package dev.mcpauth.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void worstOfScenarioVerdictsFollowsFailWarnExpectedFailSkippedPass() {
        assertThat(Verdict.worst(List.of(Verdict.PASS, Verdict.SKIPPED))).isEqualTo(Verdict.SKIPPED);
        assertThat(Verdict.worst(List.of(Verdict.SKIPPED, Verdict.EXPECTED_FAIL))).isEqualTo(Verdict.EXPECTED_FAIL);
        assertThat(Verdict.worst(List.of(Verdict.EXPECTED_FAIL, Verdict.WARN))).isEqualTo(Verdict.WARN);
        assertThat(Verdict.worst(List.of(Verdict.PASS, Verdict.WARN, Verdict.FAIL))).isEqualTo(Verdict.FAIL);
        assertThat(Verdict.worst(List.of(Verdict.PASS))).isEqualTo(Verdict.PASS);
    }

    @Test
    void worstRejectsVerdictsThatNoScenarioCanHave() {
        assertThatThrownBy(() -> Verdict.worst(List.of(Verdict.PASS, Verdict.NOT_RUN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void levelTagsAndLabelsMapBothWays() {
        assertThat(Level.fromTag("@MUST-NOT")).contains(Level.MUST_NOT);
        assertThat(Level.fromLabel("SHOULD NOT")).contains(Level.SHOULD_NOT);
        assertThat(Level.MUST_NOT.tag()).isEqualTo("@MUST-NOT");
        assertThat(Level.fromTag("@MUST_NOT")).isEmpty();
    }
}
