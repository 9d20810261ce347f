package dev.mcpauth.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void fromJsonReadsVerdictRequirementsAndMessage() {
        Finding finding = Finding.fromJson(utf8(
                "{\"verdict\":\"WARN\",\"requirements\":[\"AUTH-PRM-05\",\"R9728-15\"],\"message\":\"no scope – ü\"}"));

        assertThat(finding.verdict()).isEqualTo(Verdict.WARN);
        assertThat(finding.requirements()).containsExactly("AUTH-PRM-05", "R9728-15");
        assertThat(finding.message()).isEqualTo("no scope – ü");
    }

    @Test
    void fromJsonWithUnknownVerdictIsRejectedWithTheVerdictNamed() {
        assertThatThrownBy(() -> Finding.fromJson(utf8("{\"verdict\":\"FAIL\",\"requirements\":[],\"message\":\"x\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"FAIL\"");
    }

    @Test
    void fromJsonWithTextThatIsNotJsonIsRejected() {
        assertThatThrownBy(() -> Finding.fromJson(utf8("WARN: no scope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
    }

    @Test
    void fromJsonWithArrayIsRejected() {
        assertThatThrownBy(() -> Finding.fromJson(utf8("[\"WARN\"]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON object");
    }

    @Test
    void fromJsonWithRequirementsThatAreNotAnArrayIsRejected() {
        assertThatThrownBy(() -> Finding.fromJson(utf8("{\"verdict\":\"WARN\",\"requirements\":\"AUTH-PRM-05\","
                + "\"message\":\"x\"}"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("array");
    }

    @Test
    void fromJsonWithoutMessageIsRejected() {
        assertThatThrownBy(() -> Finding.fromJson(utf8("{\"verdict\":\"WARN\",\"requirements\":[]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no message");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
