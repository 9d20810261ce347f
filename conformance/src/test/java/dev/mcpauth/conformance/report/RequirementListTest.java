package dev.mcpauth.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequirementListTest {

    private static final String HEADER = "id\tlevel\tactor\tsource\trequirement\ttest\n";

    @Test
    void fromClasspathReadsEveryRowInListOrder() {
        RequirementList list = Scenarios.fixtureList();

        assertThat(list.isPresent()).isTrue();
        assertThat(list.rows()).extracting(RequirementRow::id)
                .containsExactly("AUTH-PRM-04", "AUTH-PRM-05", "R9728-15", "AUTH-SEC-01", "OA21-AZ-17");
        RequirementRow first = list.rows().get(0);
        assertThat(first.level()).isEqualTo(Level.MUST);
        assertThat(first.actor()).isEqualTo("RS");
        assertThat(first.source()).startsWith("https://modelcontextprotocol.io/");
        assertThat(first.test()).isEqualTo("send initialize without a token; read the challenge");
        assertThat(list.find("R9728-15").orElseThrow().level()).isEqualTo(Level.MUST_NOT);
    }

    @Test
    void fromClasspathWithoutTheResourceGivesAnEmptyList() {
        RequirementList list = RequirementList.fromClasspath(new ClassLoader(null) {
        });

        assertThat(list.isPresent()).isFalse();
        assertThat(list.rows()).isEmpty();
    }

    @Test
    void rowWithoutScenariosIsNotTestablePendingOrNotRunAfterItsTestColumn() {
        RequirementList list = Scenarios.fixtureList();

        assertThat(list.find("AUTH-SEC-01").orElseThrow().verdictWithoutScenarios()).isEqualTo(Verdict.NOT_TESTABLE);
        assertThat(list.find("OA21-AZ-17").orElseThrow().verdictWithoutScenarios()).isEqualTo(Verdict.PENDING);
        assertThat(list.find("AUTH-PRM-05").orElseThrow().verdictWithoutScenarios()).isEqualTo(Verdict.NOT_RUN);
    }

    @Test
    void parseAcceptsWindowsLineEndsAByteOrderMarkAndBlankLines() {
        RequirementList list = RequirementList.parse("\uFEFF" + HEADER.replace("\n", "\r\n")
                + "AUTH-PRM-04\tMUST\tRS\tspec\ttext\ttest\r\n\r\n", "crlf.tsv");

        assertThat(list.rows()).extracting(RequirementRow::id).containsExactly("AUTH-PRM-04");
        assertThat(list.rows().get(0).test()).isEqualTo("test");
    }

    @Test
    void parseWithTooFewColumnsFailsNamingTheLine() {
        String text = HEADER + "AUTH-PRM-04\tMUST\tRS\tspec\ttext\ttest\nAUTH-PRM-05\tSHOULD\tRS\tspec text\n";

        assertThatThrownBy(() -> RequirementList.parse(text, "requirements.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requirements.tsv, line 3").hasMessageContaining("found 4");
    }

    @Test
    void parseWithUnknownLevelFailsNamingTheLineAndTheLevel() {
        String text = HEADER + "AUTH-PRM-04\tREQUIRED\tRS\tspec\ttext\ttest\n";

        assertThatThrownBy(() -> RequirementList.parse(text, "requirements.tsv"))
                .hasMessageContaining("line 2").hasMessageContaining("\"REQUIRED\"");
    }

    @Test
    void parseWithMalformedIdFailsNamingTheLine() {
        String text = HEADER + "auth prm 4\tMUST\tRS\tspec\ttext\ttest\n";

        assertThatThrownBy(() -> RequirementList.parse(text, "requirements.tsv"))
                .hasMessageContaining("line 2").hasMessageContaining("\"auth prm 4\"");
    }

    @Test
    void parseWithDuplicateIdFailsNamingBothLines() {
        String text = HEADER + "AUTH-PRM-04\tMUST\tRS\ts\tt\tx\nAUTH-PRM-04\tMUST\tRS\ts\tt\tx\n";

        assertThatThrownBy(() -> RequirementList.parse(text, "requirements.tsv"))
                .hasMessageContaining("line 3").hasMessageContaining("already listed on line 2");
    }

    @Test
    void parseWithWrongHeaderFailsOnLineOne() {
        String text = "id\tlevel\trequirement\nAUTH-PRM-04\tMUST\ttext\n";

        assertThatThrownBy(() -> RequirementList.parse(text, "requirements.tsv"))
                .hasMessageContaining("line 1").hasMessageContaining("header");
    }
}
