package dev.mcpauth.conformance.verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The user's list of known gaps: one requirement ID (or exact scenario name) per line, {@code #} starts a comment.
 * A listed check that fails is reported but does not fail the build; an entry none of whose scenarios failed in a
 * run is stale and does.
 */
public record ExpectedFailures(Set<String> entries) {

    public static final ExpectedFailures NONE = new ExpectedFailures(Set.of());

    public static ExpectedFailures load(Optional<Path> file) {
        if (file.isEmpty()) {
            return NONE;
        }
        try {
            return new ExpectedFailures(Files.readAllLines(file.get()).stream()
                    .map(line -> line.replaceFirst("#.*", "").trim())
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the expected-failures file " + file.get().toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The entries that cover a scenario: its exact name, or any of its requirement IDs. */
    public Set<String> covering(String scenarioName, Collection<String> requirementIds) {
        return entries.stream().filter(entry -> entry.equals(scenarioName) || requirementIds.contains(entry))
                .collect(Collectors.toUnmodifiableSet());
    }
}
