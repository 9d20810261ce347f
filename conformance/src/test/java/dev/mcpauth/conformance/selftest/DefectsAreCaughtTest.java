package dev.mcpauth.conformance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.mcpauth.conformance.selftest.defects.ChallengeWithoutResourceMetadata;
import dev.mcpauth.conformance.selftest.defects.ExpiredTokensAccepted;
import dev.mcpauth.conformance.selftest.defects.ForeignAudienceAccepted;
import dev.mcpauth.conformance.selftest.defects.IssuerMismatchInMetadata;
import dev.mcpauth.conformance.selftest.defects.NoChallengeOn401;
import dev.mcpauth.conformance.selftest.defects.OnlyOpenIdConfiguration;
import dev.mcpauth.conformance.selftest.defects.PkceNotEnforced;
import dev.mcpauth.conformance.selftest.defects.QueryTokenAccepted;
import dev.mcpauth.conformance.selftest.defects.RedirectUriPrefixMatching;
import dev.mcpauth.conformance.selftest.defects.ResourceMismatchInMetadata;
import dev.mcpauth.conformance.selftest.defects.ServerErrorOnMalformedToken;
import dev.mcpauth.conformance.selftest.defects.SessionIdAcceptedWithoutToken;
import dev.mcpauth.conformance.selftest.defects.TokenIssuerNotChecked;
import dev.mcpauth.conformance.selftest.defects.TokenTypeNotChecked;
import dev.mcpauth.conformance.targets.HarnessSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof that the checks can fail: the reference server with one defect each, run through the whole suite as
 * an external server. Each defect must fail exactly the requirements it breaks, and nothing else.
 */
class DefectsAreCaughtTest {

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of(NoChallengeOn401.class, Set.of("R6750-06")),
                Arguments.of(ChallengeWithoutResourceMetadata.Relative.class, Set.of("R9728-23")),
                Arguments.of(ResourceMismatchInMetadata.class, Set.of("R9728-19")),
                Arguments.of(IssuerMismatchInMetadata.class, Set.of("R8414-21")),
                Arguments.of(ForeignAudienceAccepted.class, Set.of("AUTH-VAL-02", "AUTH-PRIV-04", "AUTH-PRIV-03",
                        "AUTH-AUD-02", "R9068-14", "SBP-02", "OA21-SEC-02")),
                Arguments.of(QueryTokenAccepted.class, Set.of("OA21-RS-03", "R6750-05")),
                Arguments.of(TokenTypeNotChecked.class, Set.of("R9068-12")),
                Arguments.of(TokenIssuerNotChecked.class, Set.of("R9068-13")),
                Arguments.of(ExpiredTokensAccepted.class, Set.of("R9068-16", "OA21-RS-01", "R6749-14")),
                Arguments.of(ServerErrorOnMalformedToken.class, Set.of("AUTH-VAL-04", "AUTH-VAL-01")),
                Arguments.of(SessionIdAcceptedWithoutToken.class, Set.of("SBP-03", "SBP-04")),
                // with the umbrella rows whose scenarios these are: OAuth 2.1 (AUTH-OVR-01), its section 7
                // (AUTH-SEC-01), a code bound to its challenge (OA21-AZ-13)
                Arguments.of(PkceNotEnforced.class, Set.of("OA21-AZ-09", "OA21-SEC-03", "OA21-TE-14", "OA21-AZ-17",
                        "OA21-AZ-18", "OA21-AZ-06", "AUTH-OVR-01", "AUTH-SEC-01", "OA21-AZ-13")),
                // with the rows that guard against untrusted redirect targets (AUTH-REDIR-04, OA21-SEC-07)
                Arguments.of(RedirectUriPrefixMatching.class, Set.of("AUTH-REDIR-02", "OA21-RED-02",
                        "OA21-AZ-11", "D1125-56", "AUTH-REDIR-04", "OA21-SEC-07", "AUTH-OVR-01")));
    }

    /** MCP 2025-06-18 demands the metadata URL in every 401 challenge; later revisions accept a well-known URL. */
    static Stream<Arguments> defectsOf20250618() {
        return Stream.of(
                Arguments.of(NoChallengeOn401.class, Set.of("AUTH-PRM-04", "R9728-22", "R9728-23", "R6750-06")),
                Arguments.of(ChallengeWithoutResourceMetadata.class, Set.of("AUTH-PRM-04", "R9728-22", "R9728-23",
                        "R6750-06")));
    }

    /**
     * Authorization-server rules of 2025-06-18 alone, run by {@code auto} in that revision's own part when the server
     * speaks it (the newer parts leave them out).
     */
    static Stream<Arguments> authorizationServerDefectsOf20250618() {
        return Stream.of(
                Arguments.of(OnlyOpenIdConfiguration.class, Set.of("AUTH-OVR-06", "R8414-17", "R8414-18")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void defectFailsExactlyTheRequirementsItBreaks(Class<?> defect, Set<String> broken) {
        try (DefectiveServer server = DefectiveServer.with(defect)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), server.harnessSettings());
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEqualTo(broken);
        }
    }

    @ParameterizedTest(name = "{0} at 2025-06-18")
    @MethodSource("defectsOf20250618")
    void defectFailsExactlyTheRequirementsItBreaksAt20250618(Class<?> defect, Set<String> broken) {
        try (DefectiveServer server = DefectiveServer.with(defect)) {
            Map<String, String> settings = new HashMap<>(server.harnessSettings());
            settings.put(HarnessSettings.SPEC_VERSION, "2025-06-18");
            SuiteRun run = SuiteRun.against(server.mcpUrl(), settings, "features.server");
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEqualTo(broken);
        }
    }

    @ParameterizedTest(name = "{0}, every revision the server speaks")
    @MethodSource("authorizationServerDefectsOf20250618")
    void authorizationServerDefectOf20250618FailsWhenTheServerSpeaksIt(Class<?> defect, Set<String> broken) {
        try (DefectiveServer server = DefectiveServer.with(defect)) {
            Map<String, String> settings = new HashMap<>(server.harnessSettings());
            settings.put(HarnessSettings.SPEC_VERSION, HarnessSettings.AUTO);
            settings.put("cucumber.filter.tags", "@authorization-server");
            SuiteRun run = SuiteRun.against(server.mcpUrl(), settings);
            assertThat(run.serverRevisions()).as("the revisions auto detected").contains("2025-06-18");
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEqualTo(broken);
        }
    }
}
