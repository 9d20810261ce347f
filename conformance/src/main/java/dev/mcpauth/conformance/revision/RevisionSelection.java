package dev.mcpauth.conformance.revision;

import java.util.List;

import dev.mcpauth.conformance.mcp.Revision;
import dev.mcpauth.conformance.targets.HarnessSettings;
import dev.mcpauth.conformance.world.ConformanceWorld;

/** The revisions a run tests, from {@code -Dmcp.spec.version}: {@code auto} (the default), {@code all}, or one. */
public final class RevisionSelection {

    /** The revisions whose client stubs exist: the stubs play a 2025 server. */
    static final List<Revision> CLIENT_REVISIONS = List.of(Revision.V2025_06_18, Revision.V2025_11_25);

    private RevisionSelection() {
    }

    /** The server revisions: {@code auto} asks the server (with the harness's token). */
    public static DetectedRevisions forServer(HarnessSettings settings) {
        String chosen = settings.specVersion();
        if (HarnessSettings.AUTO.equals(chosen)) {
            return RevisionDetection.detect(new ConformanceWorld());
        }
        return named(chosen);
    }

    /**
     * The revisions the client features run in: the one named if its stubs exist, the newest such one for
     * {@code auto}, every one for {@code all}.
     */
    public static DetectedRevisions forClients(HarnessSettings settings) {
        String chosen = settings.specVersion();
        if (HarnessSettings.AUTO.equals(chosen)) {
            Revision newest = CLIENT_REVISIONS.get(CLIENT_REVISIONS.size() - 1);
            return new DetectedRevisions(List.of(newest), "auto: the newest revision the client stubs serve");
        }
        if (HarnessSettings.ALL.equals(chosen)) {
            return new DetectedRevisions(CLIENT_REVISIONS, "all revisions the client stubs serve");
        }
        Revision named = parse(chosen);
        return CLIENT_REVISIONS.contains(named) ? new DetectedRevisions(List.of(named), "named by mcp.spec.version")
                : new DetectedRevisions(List.of(), "the client stubs do not serve " + named + " yet");
    }

    private static DetectedRevisions named(String chosen) {
        if (HarnessSettings.ALL.equals(chosen)) {
            return new DetectedRevisions(List.of(Revision.values()), "all, named by mcp.spec.version");
        }
        return new DetectedRevisions(List.of(parse(chosen)), "named by mcp.spec.version");
    }

    private static Revision parse(String chosen) {
        return Revision.fromLabel(chosen).orElseThrow(() -> new IllegalArgumentException(
                HarnessSettings.SPEC_VERSION + "=" + chosen + " is not a revision the harness knows; use auto, all, "
                        + String.join(", ", java.util.Arrays.stream(Revision.values()).map(Revision::label)
                        .toList())));
    }
}
