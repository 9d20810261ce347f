package dev.mcpauth.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.mcpauth.conformance.mcp.Revision;
import dev.mcpauth.conformance.report.Level;
import dev.mcpauth.conformance.report.RequirementList;
import dev.mcpauth.conformance.report.RequirementRow;
import dev.mcpauth.conformance.report.Verdict;
import dev.mcpauth.conformance.revision.RevisionScope;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.PickleTag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger between the requirement list and the features: every tagged ID is listed, every listed requirement is
 * either tagged on a scenario or says why not, and no "pending" entry hides a scenario that already exists. Per
 * revision too: every testable requirement that holds in a revision has a scenario that runs in that revision.
 */
class RequirementLedgerTest {

    private static final Path FEATURES = Path.of("..", "features");
    /** The actors of the rows the catalogs test black-box against a running server. */
    private static final Set<String> SERVER_BLACKBOX_ACTORS = Set.of("mcp-server", "authorization-server");
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

    /**
     * The coverage target of the revisions after 2025-06-18: at least 95% of the server-blackbox MUST and MUST NOT
     * rows that hold in the revision are tagged on a scenario that runs in it. Server-blackbox rows are those that
     * bind the MCP server or the authorization server (actor {@code mcp-server} or {@code authorization-server}):
     * the catalogs call every such row of the list server-blackbox except D1125-42 (a duty to consider), which
     * stays in the count as an exclusion; rows binding an MCP proxy ({@code mcp-proxy}, the catalogs' actor Proxy)
     * are not, since nothing outside tells a proxy from a server. The rest carry their reason in the test column.
     */
    @Test
    void atLeast95PercentOfTheServerBlackboxMustRowsOfTheNewerRevisionsAreTagged() throws IOException {
        Map<String, String> shortfall = new TreeMap<>();
        for (Revision revision : List.of(Revision.V2025_11_25, Revision.V2026_07_28)) {
            Set<String> runs = runningIn(revision, pickleTags());
            List<RequirementRow> target = list.rows().stream().filter(row -> row.holdsIn(revision)
                    && (row.level() == Level.MUST || row.level() == Level.MUST_NOT)
                    && SERVER_BLACKBOX_ACTORS.contains(row.actor())).toList();
            List<String> untagged = target.stream().map(RequirementRow::id).filter(id -> !runs.contains(id)).toList();
            double covered = 100.0 * (target.size() - untagged.size()) / target.size();
            if (covered < 95.0) {
                shortfall.put(revision.label(), String.format(java.util.Locale.ROOT, "%.1f%% of %d (untagged: %s)",
                        covered, target.size(), untagged));
            }
        }
        assertThat(shortfall).as("revisions whose server-blackbox MUST and MUST NOT rows are less than 95% tagged on "
                + "scenarios that run in them").isEmpty();
    }

    /** The requirement IDs tagged on scenarios that run in the revision. */
    private Set<String> runningIn(Revision revision, List<List<String>> pickles) {
        RevisionScope scope = new RevisionScope(list);
        Set<String> runs = new TreeSet<>();
        pickles.stream().filter(tags -> scope.leftOutBecause(tags, revision).isEmpty())
                .forEach(tags -> tags.forEach(tag -> runs.add(tag.substring(1))));
        return runs;
    }

    @Test
    void everyTestableRequirementOfARevisionHasAScenarioInThatRevision() throws IOException {
        List<List<String>> pickles = pickleTags();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Revision revision : Revision.values()) {
            Set<String> runs = runningIn(revision, pickles);
            list.rows().stream()
                    .filter(row -> row.holdsIn(revision) && row.verdictWithoutScenarios() == Verdict.NOT_RUN
                            && tagged.contains(row.id()) && !runs.contains(row.id()))
                    .forEach(row -> missing.computeIfAbsent(revision.label(), key -> new TreeSet<>()).add(row.id()));
        }
        assertThat(missing).as("requirements that hold in a revision (the revisions column of requirements.tsv) but "
                + "whose every scenario is left out of it; give the row the revisions it holds in, or add a scenario "
                + "that runs there").isEmpty();
    }

    @Test
    void everyRowNamesOnlyRevisionsFromItsIntroductionOn() {
        Map<String, String> early = new TreeMap<>();
        list.rows().stream().filter(row -> row.revisions().stream()
                        .anyMatch(revision -> revision.compareTo(RequirementRow.introducedIn(row.id())) < 0))
                .forEach(row -> early.put(row.id(), row.revisions().toString()));
        assertThat(early).as("rows that claim a revision older than the one that introduced them").isEmpty();
    }

    /** The tags of every scenario (each example of an outline), with the tags it inherits. */
    private static List<List<String>> pickleTags() throws IOException {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
        List<List<String>> pickles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FEATURES)) {
            for (Path feature : files.filter(path -> path.toString().endsWith(".feature")).toList()) {
                parser.parse(feature).map(Envelope::getPickle).flatMap(Optional::stream)
                        .forEach(pickle -> pickles.add(pickle.getTags().stream().map(PickleTag::getName).toList()));
            }
        }
        return pickles;
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
