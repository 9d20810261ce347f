package dev.mcpauth.conformance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.mcpauth.conformance.selftest.defects.DiscoverNotImplemented;
import dev.mcpauth.conformance.selftest.defects.DiscoverServedWithoutToken;
import dev.mcpauth.conformance.selftest.defects.MetaVersionMismatchAccepted;
import dev.mcpauth.conformance.selftest.defects.MethodHeaderMismatchIgnored;
import dev.mcpauth.conformance.selftest.defects.MissingCapabilitiesAccepted;
import dev.mcpauth.conformance.selftest.defects.MissingMethodHeaderAccepted;
import dev.mcpauth.conformance.selftest.defects.SessionIdAcceptedOnTheStatelessWire;
import dev.mcpauth.conformance.selftest.defects.SessionIdEchoedOnTheStatelessWire;
import dev.mcpauth.conformance.selftest.defects.UnsupportedVersionServed;
import dev.mcpauth.conformance.targets.HarnessSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof that the 2026-07-28 checks can fail: the reference server with one defect of its stateless wire each,
 * run through the server features in 2026-07-28 only. Each defect must fail exactly the requirements it breaks
 * (V0728-222 scenarios also check SBP-03, whose MUST holds in 2026-07-28); the SHOULD defect must warn on exactly
 * its requirement and fail nothing.
 */
class StatelessWireDefectsAreCaughtTest {

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of(DiscoverServedWithoutToken.class, Set.of("V0728-222", "SBP-03"), Set.of()),
                Arguments.of(SessionIdAcceptedOnTheStatelessWire.class, Set.of("V0728-223"), Set.of()),
                Arguments.of(DiscoverNotImplemented.class, Set.of("V0728-207"), Set.of()),
                Arguments.of(MetaVersionMismatchAccepted.class, Set.of("V0728-177"), Set.of()),
                Arguments.of(MissingMethodHeaderAccepted.class, Set.of("V0728-190"), Set.of()),
                Arguments.of(MethodHeaderMismatchIgnored.class, Set.of("V0728-188"), Set.of()),
                Arguments.of(UnsupportedVersionServed.class, Set.of("V0728-178"), Set.of()),
                Arguments.of(MissingCapabilitiesAccepted.class, Set.of("V0728-197"), Set.of()),
                Arguments.of(SessionIdEchoedOnTheStatelessWire.class, Set.of(), Set.of("V0728-193")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void defectFailsExactlyTheRequirementsItBreaks(Class<?> defect, Set<String> failed, Set<String> warned) {
        try (DefectiveServer server = DefectiveServer.with(defect)) {
            Map<String, String> settings = new HashMap<>(server.harnessSettings());
            settings.put(HarnessSettings.SPEC_VERSION, "2026-07-28");
            settings.put("cucumber.filter.tags", "@spec-2026-07-28");
            SuiteRun run = SuiteRun.against(server.mcpUrl(), settings, "features.server");
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEqualTo(failed);
            assertThat(run.requirementsWithVerdict("WARN")).as(run.describeProblems()).isEqualTo(warned);
        }
    }
}
