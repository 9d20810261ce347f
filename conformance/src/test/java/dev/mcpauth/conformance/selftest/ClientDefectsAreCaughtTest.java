package dev.mcpauth.conformance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.mcpauth.conformance.client.ClientUnderTest;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;
import dev.mcpauth.conformance.selftest.clientdefects.AcceptWithoutEventStream;
import dev.mcpauth.conformance.selftest.clientdefects.AuthorizationRequestWithoutResource;
import dev.mcpauth.conformance.selftest.clientdefects.InitializeWithoutCapabilities;
import dev.mcpauth.conformance.selftest.clientdefects.InitializedNotificationMisnamed;
import dev.mcpauth.conformance.selftest.clientdefects.IssuerComparedOnlyWhenPromised;
import dev.mcpauth.conformance.selftest.clientdefects.IssuerInResponseNotChecked;
import dev.mcpauth.conformance.selftest.clientdefects.IssuerNormalized;
import dev.mcpauth.conformance.selftest.clientdefects.IssuerNotChecked;
import dev.mcpauth.conformance.selftest.clientdefects.MetadataDocumentIgnored;
import dev.mcpauth.conformance.selftest.clientdefects.MetadataDocumentSupportNotChecked;
import dev.mcpauth.conformance.selftest.clientdefects.MetadataDocumentUrlNotChecked;
import dev.mcpauth.conformance.selftest.clientdefects.NoStepUp;
import dev.mcpauth.conformance.selftest.clientdefects.NoTokenOnSessionEnd;
import dev.mcpauth.conformance.selftest.clientdefects.OfflineAccessAlwaysAskedFor;
import dev.mcpauth.conformance.selftest.clientdefects.OnlyRfc8414Discovery;
import dev.mcpauth.conformance.selftest.clientdefects.OnlyTheFirstChallengeRead;
import dev.mcpauth.conformance.selftest.clientdefects.OpenIdUrlsOutOfOrder;
import dev.mcpauth.conformance.selftest.clientdefects.PkceSupportNotChecked;
import dev.mcpauth.conformance.selftest.clientdefects.PlainPkceMethod;
import dev.mcpauth.conformance.selftest.clientdefects.PreRegisteredCredentialsIgnored;
import dev.mcpauth.conformance.selftest.clientdefects.ProtocolVersionHeaderEmpty;
import dev.mcpauth.conformance.selftest.clientdefects.ProtocolVersionHeaderNotNegotiated;
import dev.mcpauth.conformance.selftest.clientdefects.RedirectUriNotRegistered;
import dev.mcpauth.conformance.selftest.clientdefects.RefreshTokenAssumed;
import dev.mcpauth.conformance.selftest.clientdefects.RegistrationNotSupported;
import dev.mcpauth.conformance.selftest.clientdefects.RegistrationTriedAtTheDefaultPathFirst;
import dev.mcpauth.conformance.selftest.clientdefects.RegistrationWithoutApplicationType;
import dev.mcpauth.conformance.selftest.clientdefects.ResourceNotChecked;
import dev.mcpauth.conformance.selftest.clientdefects.RootResourceMetadataFirst;
import dev.mcpauth.conformance.selftest.clientdefects.ServerMetadataLookedUpAtTheMcpOrigin;
import dev.mcpauth.conformance.selftest.clientdefects.StartsOverUntilItHasAToken;
import dev.mcpauth.conformance.selftest.clientdefects.StateNotChecked;
import dev.mcpauth.conformance.selftest.clientdefects.StaysWithTheFirstAuthorizationServer;
import dev.mcpauth.conformance.selftest.clientdefects.StepUpForTheNamedScopeOnly;
import dev.mcpauth.conformance.selftest.clientdefects.StepUpLimitTooHigh;
import dev.mcpauth.conformance.selftest.clientdefects.TokenAlsoInTheQuery;
import dev.mcpauth.conformance.selftest.clientdefects.TokenOnlyAfterAChallenge;
import dev.mcpauth.conformance.targets.HarnessSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof that the client checks can fail: the reference client with one defect each (a test double built from
 * its library), run through the client features against the stubs. Each defect must fail exactly the requirements
 * it breaks (or, for a SHOULD, warn exactly on them), and nothing else; the reference client itself must pass all.
 */
class ClientDefectsAreCaughtTest {

    private static final String V0618 = "2025-06-18";
    private static final String V1125 = "2025-11-25";
    private static final String V0728 = "2026-07-28";

    static Stream<Arguments> clients() {
        return Stream.of(
                Arguments.of(ReferenceClientInProcess.class, V0618, Set.of(), Set.of()),
                Arguments.of(ReferenceClientInProcess.class, V1125, Set.of(), Set.of()),
                Arguments.of(ClientCredentialsReferenceClient.class, V0618, Set.of(), Set.of()),
                Arguments.of(ClientCredentialsReferenceClient.class, V1125, Set.of(), Set.of()),
                Arguments.of(ReferenceClientInProcess.class, V0728, Set.of(), Set.of()),
                Arguments.of(ClientCredentialsReferenceClient.class, V0728, Set.of(), Set.of()),
                Arguments.of(RegistrationWithoutApplicationType.class, V0728, Set.of("V0728-103"), Set.of()),
                Arguments.of(StaysWithTheFirstAuthorizationServer.class, V0728, Set.of("V0728-111"), Set.of()),
                Arguments.of(IssuerComparedOnlyWhenPromised.class, V0728, Set.of("V0728-26"), Set.of()),
                Arguments.of(IssuerNormalized.class, V0728, Set.of("V0728-28"), Set.of()),
                Arguments.of(TokenOnlyAfterAChallenge.class, V0728, Set.of("V0728-40", "AUTH-TOK-01", "AUTH-TOK-02"),
                        Set.of()),
                Arguments.of(OfflineAccessAlwaysAskedFor.class, V0728, Set.of(), Set.of("V0728-51")),
                Arguments.of(RefreshTokenAssumed.class, V0728, Set.of("V0728-52"), Set.of()),
                Arguments.of(StartsOverUntilItHasAToken.class, V0728, Set.of("V0728-106"), Set.of()),
                Arguments.of(AuthorizationRequestWithoutResource.class, V0618, Set.of("AUTH-RES-01", "AUTH-RES-02",
                        "AUTH-RES-03", "AUTH-RES-04", "AUTH-RES-05", "AUTH-AUD-01", "AUTH-PRIV-06", "R8707-01"),
                        Set.of()),
                Arguments.of(PlainPkceMethod.class, V0618, Set.of("AUTH-PKCE-01"), Set.of()),
                Arguments.of(StateNotChecked.class, V0618, Set.of(), Set.of("AUTH-REDIR-03")),
                Arguments.of(IssuerInResponseNotChecked.class, V0618, Set.of("OA21-SEC-09"), Set.of()),
                Arguments.of(IssuerNotChecked.class, V0618, Set.of("AUTH-ASM-01"), Set.of()),
                Arguments.of(ResourceNotChecked.class, V0618, Set.of("R9728-30"), Set.of()),
                Arguments.of(ServerMetadataLookedUpAtTheMcpOrigin.class, V0618, Set.of("AUTH-OVR-05"), Set.of()),
                Arguments.of(RootResourceMetadataFirst.class, V1125, Set.of("D1125-07"), Set.of()),
                Arguments.of(OnlyRfc8414Discovery.class, V1125, Set.of("D1125-05", "D1125-08"), Set.of()),
                Arguments.of(OpenIdUrlsOutOfOrder.class, V1125, Set.of("D1125-08"), Set.of()),
                Arguments.of(TokenAlsoInTheQuery.class, V0618, Set.of("AUTH-TOK-04", "OA21-RS-02"), Set.of()),
                Arguments.of(NoTokenOnSessionEnd.class, V0618, Set.of("AUTH-TOK-01", "AUTH-TOK-02", "AUTH-TOK-03"),
                        Set.of()),
                Arguments.of(PkceSupportNotChecked.class, V1125, Set.of("D1125-37", "D1125-39"),
                        Set.of()),
                Arguments.of(MetadataDocumentIgnored.class, V1125, Set.of(), Set.of("D1125-02", "D1125-15")),
                Arguments.of(MetadataDocumentSupportNotChecked.class, V1125, Set.of(), Set.of("D1125-28")),
                Arguments.of(MetadataDocumentUrlNotChecked.class, V1125, Set.of("D1125-18"), Set.of()),
                Arguments.of(RegistrationTriedAtTheDefaultPathFirst.class, V0618, Set.of("AUTH-OVR-07"), Set.of()),
                Arguments.of(OnlyTheFirstChallengeRead.class, V0618, Set.of("AUTH-PRM-05"), Set.of()),
                Arguments.of(RegistrationNotSupported.class, V0618, Set.of(), Set.of("AUTH-OVR-03", "AUTH-DCR-01")),
                Arguments.of(PreRegisteredCredentialsIgnored.class, V0618, Set.of(), Set.of("AUTH-DCR-03")),
                Arguments.of(RedirectUriNotRegistered.class, V0618, Set.of("AUTH-REDIR-01"), Set.of()),
                Arguments.of(NoStepUp.class, V1125, Set.of(), Set.of("D1125-35")),
                Arguments.of(StepUpForTheNamedScopeOnly.class, V1125, Set.of(), Set.of("D1125-35")),
                Arguments.of(StepUpLimitTooHigh.class, V1125, Set.of(), Set.of("D1125-36")),
                Arguments.of(AcceptWithoutEventStream.class, V0618, Set.of("TRN-07"), Set.of()),
                Arguments.of(ProtocolVersionHeaderEmpty.class, V0618, Set.of("TRN-21"), Set.of()),
                Arguments.of(ProtocolVersionHeaderNotNegotiated.class, V0618, Set.of(), Set.of("TRN-22")),
                Arguments.of(InitializeWithoutCapabilities.class, V0618, Set.of("LIF-02"), Set.of()),
                Arguments.of(InitializedNotificationMisnamed.class, V0618, Set.of("LIF-04"), Set.of()));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("clients")
    void clientFailsExactlyTheRequirementsItBreaks(Class<? extends ClientUnderTest> client, String specVersion,
                                                    Set<String> failed, Set<String> warned) {
        SuiteRun run = SuiteRun.clientFeatures(Map.of(ClientUnderTest.CLASS, client.getName(),
                HarnessSettings.SPEC_VERSION, specVersion, ClientUnderTest.TIMEOUT, "20"));
        assertThat(run.failedRequirements()).as(run.describeProblems()).isEqualTo(failed);
        assertThat(run.requirementsWithVerdict("WARN")).as(run.describeProblems()).isEqualTo(warned);
    }

    /**
     * Without a revision named, the client features run in the revision the client opens with: the reference client
     * sends 2026-07-28 first, and passes everything that holds there.
     */
    @Test
    void autoRunsTheRevisionTheClientOpensWith() {
        SuiteRun run = SuiteRun.clientFeatures(Map.of(ClientUnderTest.CLASS, ReferenceClientInProcess.class.getName(),
                HarnessSettings.SPEC_VERSION, HarnessSettings.AUTO, ClientUnderTest.TIMEOUT, "20"));
        assertThat(run.failedRequirements()).as(run.describeProblems()).isEmpty();
        assertThat(run.requirementsWithVerdict("WARN")).as(run.describeProblems()).isEmpty();
        assertThat(run.outcomes()).isNotEmpty()
                .allSatisfy(outcome -> assertThat(outcome.scenario()).startsWith("[2026-07-28]"));
    }
}
