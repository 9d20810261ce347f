package dev.mcpauth.conformance.revision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.mcpauth.conformance.mcp.Revision;
import dev.mcpauth.conformance.report.RequirementList;
import dev.mcpauth.conformance.report.RequirementRow;
import dev.mcpauth.conformance.report.ScenarioTags;

/**
 * Which scenarios belong to a revision, derived from the requirement list: a scenario runs in a revision when every
 * requirement it is tagged with holds there (the list's {@code revisions} column) and the revision is not older
 * than the scenario's earliest {@code @spec-<revision>} tag. Revisions are cumulative, so a 2025-06-18 scenario
 * also runs in 2026-07-28 unless one of its requirements changed or was removed there.
 */
public final class RevisionScope {

    private static RevisionScope ofClasspath;

    private final RequirementList requirements;

    public RevisionScope(RequirementList requirements) {
        this.requirements = requirements;
    }

    /** The scope the project's requirement list on the class path defines. */
    public static synchronized RevisionScope ofRequirementList() {
        if (ofClasspath == null) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            ofClasspath = new RevisionScope(RequirementList.fromClasspath(context != null ? context
                    : RevisionScope.class.getClassLoader()));
        }
        return ofClasspath;
    }

    /** Why a scenario with these tags is left out of the revision; empty when it belongs to it. */
    public Optional<String> leftOutBecause(Collection<String> tags, Revision revision) {
        ScenarioTags parsed = ScenarioTags.parse(tags);
        Optional<Revision> earliest = parsed.specVersions().stream().map(Revision::fromLabel).flatMap(Optional::stream)
                .min(Revision::compareTo);
        if (earliest.isPresent() && earliest.get().compareTo(revision) > 0) {
            return Optional.of("it checks a rule of " + earliest.get() + ", which " + revision + " does not have");
        }
        return parsed.requirementIds().stream().map(requirements::find).flatMap(Optional::stream)
                .filter(row -> !row.holdsIn(revision)).findFirst()
                .map(row -> "requirement " + row.id() + " does not hold in " + revision + " (it holds in "
                        + labels(row) + ")");
    }

    /**
     * The Cucumber tag expression that leaves out every scenario of another revision, as the runner passes it to
     * Cucumber so that those scenarios are not even reported.
     */
    public String tagExpression(Revision revision) {
        List<String> excluded = requirements.rows().stream().filter(row -> !row.holdsIn(revision))
                .map(row -> "@" + row.id()).collect(Collectors.toList());
        String sameOrOlder = java.util.Arrays.stream(Revision.values()).filter(r -> r.compareTo(revision) <= 0)
                .map(r -> "@spec-" + r.label()).collect(Collectors.joining(" or "));
        for (Revision later : Revision.values()) {
            if (later.compareTo(revision) > 0) {
                excluded.add("(@spec-" + later.label() + " and not (" + sameOrOlder + "))");
            }
        }
        return excluded.isEmpty() ? "" : "not (" + String.join(" or ", excluded) + ")";
    }

    private static String labels(RequirementRow row) {
        return row.revisions().stream().map(Revision::label).collect(Collectors.joining(", "));
    }
}
