package dev.mcpauth.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.mcpauth.conformance.report.RequirementList;
import dev.mcpauth.conformance.report.RequirementRow;
import dev.mcpauth.conformance.report.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger between the requirement list and the features: every tagged ID is listed, every listed requirement is
 * either tagged on a scenario or says why not, and no "pending" entry hides a scenario that already exists.
 */
class RequirementLedgerTest {

    private static final Path FEATURES = Path.of("..", "features");
    private static final Pattern REQUIREMENT_TAG = Pattern.compile("@([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\\b");

    private RequirementList list;
    private Set<String> tagged;

    @BeforeEach
    void read() throws IOException {
        list = RequirementList.parse(Files.readString(FEATURES.resolve("requirements.tsv")), "requirements.tsv");
        tagged = new TreeSet<>();
        try (Stream<Path> files = Files.walk(FEATURES)) {
            for (Path feature : files.filter(path -> path.toString().endsWith(".feature")).toList()) {
                Matcher matcher = REQUIREMENT_TAG.matcher(Files.readString(feature));
                while (matcher.find()) {
                    if (!matcher.group(1).equals("MUST-NOT") && !matcher.group(1).equals("SHOULD-NOT")) {
                        tagged.add(matcher.group(1));
                    }
                }
            }
        }
    }

    @Test
    void everyTaggedRequirementIsInTheList() {
        Set<String> listed = list.rows().stream().map(RequirementRow::id).collect(Collectors.toSet());
        assertThat(tagged).as("requirement tags missing from features/requirements.tsv").isSubsetOf(listed);
    }

    @Test
    void everyListedRequirementIsTaggedOrSaysWhyNot() {
        Map<String, String> untagged = new TreeMap<>();
        list.rows().stream()
                .filter(row -> row.verdictWithoutScenarios() == Verdict.NOT_RUN && !tagged.contains(row.id()))
                .forEach(row -> untagged.put(row.id(), row.requirement()));
        assertThat(untagged).as("testable requirements with no scenario; add one, or mark the row pending: or "
                + "not testable: with the reason").isEmpty();
    }

    @Test
    void noPendingOrUntestableRowHasAScenario() {
        Map<String, Verdict> stale = new TreeMap<>();
        list.rows().stream()
                .filter(row -> row.verdictWithoutScenarios() != Verdict.NOT_RUN && tagged.contains(row.id()))
                .forEach(row -> stale.put(row.id(), row.verdictWithoutScenarios()));
        assertThat(stale).as("rows marked pending or not testable that scenarios already check").isEmpty();
    }
}
