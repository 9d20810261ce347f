package dev.mcpauth.conformance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.mcpauth.conformance.selftest.defects.ChallengeNamesGrantedScopesOnly;
import dev.mcpauth.conformance.selftest.defects.ChallengeWithoutResourceMetadata;
import dev.mcpauth.conformance.selftest.defects.ChallengeWithoutScopeOn401;
import dev.mcpauth.conformance.selftest.defects.ChallengedScopesVary;
import dev.mcpauth.conformance.selftest.defects.ForeignOriginRefusedWith400;
import dev.mcpauth.conformance.selftest.defects.IssuerLeftOutOfAuthorizationResponses;
import dev.mcpauth.conformance.selftest.defects.IssuerMismatchInMetadata;
import dev.mcpauth.conformance.selftest.defects.IssuerParameterNotAnnounced;
import dev.mcpauth.conformance.selftest.defects.IssuerWithTrailingSlashInAuthorizationResponses;
import dev.mcpauth.conformance.selftest.defects.MetadataDocumentClientIdNotCompared;
import dev.mcpauth.conformance.selftest.defects.MetadataDocumentRedirectUrisNotChecked;
import dev.mcpauth.conformance.selftest.defects.MetadataDocumentWithoutRedirectUrisAllowsLoopback;
import dev.mcpauth.conformance.selftest.defects.MetadataDocumentsFetchedFromAnyAddress;
import dev.mcpauth.conformance.selftest.defects.MetadataDocumentsNotAnnounced;
import dev.mcpauth.conformance.selftest.defects.MetadataDocumentsRefused;
import dev.mcpauth.conformance.selftest.defects.NoAuthorizationServerMetadata;
import dev.mcpauth.conformance.selftest.defects.OfflineAccessInResourceMetadata;
import dev.mcpauth.conformance.selftest.defects.OnlyOpenIdConfiguration;
import dev.mcpauth.conformance.selftest.defects.OpenIdConfigurationWithoutPkce;
import dev.mcpauth.conformance.selftest.defects.PrivilegedToolRunWithoutScope;
import dev.mcpauth.conformance.selftest.defects.ResourceMetadataNowhere;
import dev.mcpauth.conformance.selftest.defects.ScopeHierarchyIgnored;
import dev.mcpauth.conformance.selftest.defects.SessionIdAcceptedWithoutToken;
import dev.mcpauth.conformance.selftest.defects.ToolListVariesPerConnection;
import dev.mcpauth.conformance.targets.HarnessSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof that the authorization checks of MCP 2025-11-25 and 2026-07-28 can fail: the reference server with one
 * defect each, run through the whole suite as an external server at the revision the broken rule belongs to. A
 * defect against a MUST fails exactly its requirements (with the older rows that still hold in that revision and
 * check the same thing); one against a SHOULD fails nothing and warns exactly its requirements.
 */
class NewerRevisionAuthorizationDefectsAreCaughtTest {

    private static final String V2025_11_25 = "2025-11-25";
    private static final String V2026_07_28 = "2026-07-28";

    static Stream<Arguments> defects() {
        return Stream.of(
                // 2025-11-25
                // without an OpenID Connect configuration the RFC 8414 metadata was owed, so its location rows fail
                // with it (AUTH-OVR-06, the 2025-06-18 form of D1125-04, no longer holds)
                Arguments.of(NoAuthorizationServerMetadata.class, V2025_11_25, Set.of("D1125-04", "R8414-17",
                        "R8414-18"), Set.of()),
                // an OpenID Connect configuration alone is enough from 2025-11-25 on
                Arguments.of(OnlyOpenIdConfiguration.class, V2025_11_25, Set.of(), Set.of()),
                // the metadata rows that still hold fail with it; without resource metadata the harness finds no
                // authorization server, so the rest is SKIPPED
                Arguments.of(ResourceMetadataNowhere.class, V2025_11_25, Set.of("D1125-06", "AUTH-PRM-01",
                        "R9728-15", "AUTH-OVR-04"), Set.of("R9728-12", "R9728-14")),
                Arguments.of(OpenIdConfigurationWithoutPkce.class, V2025_11_25, Set.of("D1125-41"), Set.of()),
                Arguments.of(ForeignOriginRefusedWith400.class, V2025_11_25, Set.of("D1125-47"), Set.of()),
                Arguments.of(ChallengeWithoutScopeOn401.class, V2025_11_25, Set.of(), Set.of("D1125-09")),
                Arguments.of(ChallengedScopesVary.class, V2025_11_25, Set.of(), Set.of("D1125-12", "D1125-33")),
                // the 2025-06-18 rule wants resource_metadata on every 401; 2025-11-25 accepts the well-known URL
                // instead, so nothing fails (DefectsAreCaughtTest proves the 2025-06-18 rows at 2025-06-18)
                Arguments.of(ChallengeWithoutResourceMetadata.class, V2025_11_25, Set.of(), Set.of("D1125-31")),
                Arguments.of(ChallengeNamesGrantedScopesOnly.class, V2025_11_25, Set.of(), Set.of("D1125-32")),
                Arguments.of(MetadataDocumentsRefused.class, V2025_11_25, Set.of("D1125-16"), Set.of("D1125-22")),
                Arguments.of(MetadataDocumentClientIdNotCompared.class, V2025_11_25, Set.of("D1125-23"), Set.of()),
                Arguments.of(MetadataDocumentWithoutRedirectUrisAllowsLoopback.class, V2025_11_25,
                        Set.of("D1125-26"), Set.of()),
                Arguments.of(MetadataDocumentRedirectUrisNotChecked.class, V2025_11_25, Set.of("D1125-25"),
                        Set.of()),
                Arguments.of(MetadataDocumentsFetchedFromAnyAddress.class, V2025_11_25, Set.of(),
                        Set.of("D1125-43")),
                // 2026-07-28
                Arguments.of(IssuerLeftOutOfAuthorizationResponses.class, V2026_07_28, Set.of("V0728-25"),
                        Set.of("V0728-24")),
                Arguments.of(IssuerWithTrailingSlashInAuthorizationResponses.class, V2026_07_28, Set.of("R9207-01"),
                        Set.of()),
                Arguments.of(IssuerParameterNotAnnounced.class, V2026_07_28, Set.of("V0728-25"), Set.of()),
                Arguments.of(IssuerMismatchInMetadata.class, V2026_07_28, Set.of("V0728-82", "R8414-21"), Set.of()),
                Arguments.of(OfflineAccessInResourceMetadata.class, V2026_07_28, Set.of(), Set.of("V0728-53")),
                Arguments.of(MetadataDocumentsNotAnnounced.class, V2026_07_28, Set.of(), Set.of("V0728-214")),
                // a challenge that names only what the token holds neither says what is needed nor is enough
                Arguments.of(ChallengeNamesGrantedScopesOnly.class, V2026_07_28, Set.of(),
                        Set.of("V0728-56", "V0728-57")),
                Arguments.of(ScopeHierarchyIgnored.class, V2026_07_28, Set.of("V0728-67"), Set.of()),
                Arguments.of(ToolListVariesPerConnection.class, V2026_07_28, Set.of("V0728-215"), Set.of()),
                // the faked result also hides the 403 challenge the scope scenarios read
                Arguments.of(PrivilegedToolRunWithoutScope.class, V2026_07_28, Set.of("V0728-218", "AUTH-ERR-03",
                        "OA21-RS-06", "AUTH-ERR-01", "OA21-RS-01", "R6749-14"),
                        Set.of("V0728-56", "D1125-31", "R6750-15")),
                Arguments.of(SessionIdAcceptedWithoutToken.class, V2026_07_28, Set.of("V0728-223"), Set.of()));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("defects")
    void defectBreaksExactlyItsRequirements(Class<?> defect, String revision, Set<String> failed,
                                            Set<String> warned) {
        try (DefectiveServer server = DefectiveServer.with(defect)) {
            Map<String, String> settings = new HashMap<>(server.harnessSettings());
            settings.put(HarnessSettings.SPEC_VERSION, revision);
            SuiteRun run = SuiteRun.against(server.mcpUrl(), settings);
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEqualTo(failed);
            assertThat(run.requirementsWithVerdict("WARN")).as(run.describeProblems()).isEqualTo(warned);
        }
    }
}
