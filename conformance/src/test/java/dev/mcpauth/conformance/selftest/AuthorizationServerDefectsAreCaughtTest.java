package dev.mcpauth.conformance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import dev.mcpauth.conformance.selftest.defects.AccessTokensIssuedInTheFuture;
import dev.mcpauth.conformance.selftest.defects.AuthorizationErrorsWithoutState;
import dev.mcpauth.conformance.selftest.defects.CorsOnAuthorizationEndpoint;
import dev.mcpauth.conformance.selftest.defects.InsecureEndpointInMetadata;
import dev.mcpauth.conformance.selftest.defects.JwksWithoutTheSigningKey;
import dev.mcpauth.conformance.selftest.defects.MetadataWithoutClientAssertionAlgorithms;
import dev.mcpauth.conformance.selftest.defects.RefreshTokensNotBoundToClient;
import dev.mcpauth.conformance.selftest.defects.RegistrationWithoutSecretExpiry;
import dev.mcpauth.conformance.selftest.defects.SameAudienceForEveryResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof that the authorization-server checks can fail: the reference server with one authorization-server
 * defect each (metadata, JWT access-token profile, resource binding, token endpoint parsing, refresh-token
 * binding, registration, authorization endpoint), run through the whole suite as an external server. Each defect must fail exactly the
 * requirements it breaks, and nothing else.
 */
class AuthorizationServerDefectsAreCaughtTest {

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of(InsecureEndpointInMetadata.class, Set.of("AUTH-COMM-02", "OA21-TLS-01", "R6750-20",
                        "R7591-02", "R8414-24",
                        // AUTH-COMM-01 covers the authorization server's URLs too
                        "AUTH-COMM-01")),
                Arguments.of(MetadataWithoutClientAssertionAlgorithms.class, Set.of("R8414-11", "R8414-13")),
                Arguments.of(JwksWithoutTheSigningKey.class, Set.of("R9068-02")),
                Arguments.of(AccessTokensIssuedInTheFuture.class, Set.of("R9068-04", "R9068-08")),
                // The token asked for the other resource names the MCP server: the MCP server is right to accept it
                // and a refresh for the other resource grants nothing broader, so only R9068-19 fails.
                Arguments.of(SameAudienceForEveryResource.class, Set.of("R9068-19")),
                Arguments.of(RefreshTokensNotBoundToClient.class, Set.of("OA21-RT-01", "R6749-12")),
                Arguments.of(RegistrationWithoutSecretExpiry.class, Set.of("R7591-15")),
                Arguments.of(CorsOnAuthorizationEndpoint.class, Set.of("OA21-AZ-03")),
                Arguments.of(AuthorizationErrorsWithoutState.class, Set.of("OA21-AZ-19", "R6749-05")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void defectFailsExactlyTheRequirementsItBreaks(Class<?> defect, Set<String> broken) {
        try (DefectiveServer server = DefectiveServer.with(defect)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), server.harnessSettings());
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEqualTo(broken);
        }
    }
}
