package dev.mcpauth.conformance.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.mcpauth.conformance.mcp.Revision;
import dev.mcpauth.conformance.report.RequirementList;
import org.junit.jupiter.api.Test;

/** Which scenarios a revision runs follows from the requirement list's revisions column and the @spec tags. */
class RevisionScopeTest {

    private static final String HEADER = "id\tlevel\tactor\tsource\trequirement\ttest\trevisions\n";

    private final RequirementList list = RequirementList.parse(HEADER
            + "AUTH-ERR-02\tMUST\tmcp-server\ts\tt\tx\t\n"
            + "TRN-19\tMUST\tmcp-server\ts\tt\tx\t2025-06-18 2025-11-25\n"
            + "D1125-47\tMUST\tmcp-server\ts\tt\tx\n"
            + "V0728-177\tMUST\tmcp-server\ts\tt\tx\t\n", "test.tsv");
    private final RevisionScope scope = new RevisionScope(list);

    @Test
    void anEmptyRevisionsCellMeansFromTheIntroducingRevisionOn() {
        assertThat(list.find("AUTH-ERR-02").orElseThrow().revisions()).containsExactly(Revision.values());
        assertThat(list.find("D1125-47").orElseThrow().revisions())
                .containsExactly(Revision.V2025_11_25, Revision.V2026_07_28);
        assertThat(list.find("V0728-177").orElseThrow().revisions()).containsExactly(Revision.V2026_07_28);
        assertThat(list.find("TRN-19").orElseThrow().revisions())
                .containsExactly(Revision.V2025_06_18, Revision.V2025_11_25);
    }

    @Test
    void aScenarioOfAnOlderRevisionRunsInLaterOnesWhereItsRequirementsHold() {
        assertThat(scope.leftOutBecause(List.of("@spec-2025-06-18", "@AUTH-ERR-02", "@MUST"), Revision.V2026_07_28))
                .isEmpty();
        assertThat(scope.leftOutBecause(List.of("@spec-2025-06-18", "@TRN-19", "@MUST"), Revision.V2026_07_28))
                .hasValueSatisfying(reason -> assertThat(reason).contains("TRN-19"));
        assertThat(scope.leftOutBecause(List.of("@spec-2025-11-25", "@AUTH-ERR-02"), Revision.V2025_06_18))
                .hasValueSatisfying(reason -> assertThat(reason).contains("2025-11-25"));
    }

    @Test
    void theTagExpressionLeavesOutWhatDoesNotHoldAndWhatIsNewer() {
        String expression = scope.tagExpression(Revision.V2025_11_25);

        assertThat(expression).contains("@V0728-177").contains("@spec-2026-07-28").doesNotContain("@TRN-19")
                .doesNotContain("@AUTH-ERR-02").doesNotContain("@D1125-47 ");
        assertThat(scope.tagExpression(Revision.V2026_07_28)).contains("@TRN-19").doesNotContain("@V0728-177");
    }

    @Test
    void anUnknownRevisionInTheListIsAMalformedLine() {
        assertThatThrownBy(() -> RequirementList.parse(HEADER + "TRN-19\tMUST\ta\ts\tt\tx\t2025-13-01\n", "bad.tsv"))
                .hasMessageContaining("line 2").hasMessageContaining("2025-13-01");
    }
}
