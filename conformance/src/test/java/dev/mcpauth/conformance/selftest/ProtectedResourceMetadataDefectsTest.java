package dev.mcpauth.conformance.selftest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Servers that break the 401 challenge rules are caught on exactly the broken requirement. */
class ProtectedResourceMetadataDefectsTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @Test
    void unauthorizedWithoutWwwAuthenticateFailsAuthPrm04() {
        server.stubFor(any(urlPathEqualTo("/mcp")).willReturn(aResponse().withStatus(401)));
        SuiteRun run = SuiteRun.against(server.baseUrl() + "/mcp");
        assertThat(run.failedRequirements()).containsExactly("AUTH-PRM-04");
    }

    @Test
    void challengeWithoutResourceMetadataFailsAuthPrm04() {
        server.stubFor(any(urlPathEqualTo("/mcp")).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer realm=\"mcp\"")));
        SuiteRun run = SuiteRun.against(server.baseUrl() + "/mcp");
        assertThat(run.failedRequirements()).containsExactly("AUTH-PRM-04");
    }

    @Test
    void relativeResourceMetadataUrlFailsAuthPrm04() {
        server.stubFor(any(urlPathEqualTo("/mcp")).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer resource_metadata=\"/.well-known/oauth-protected-resource\"")));
        SuiteRun run = SuiteRun.against(server.baseUrl() + "/mcp");
        assertThat(run.failedRequirements()).containsExactly("AUTH-PRM-04");
    }

    @Test
    void correctChallengePasses() {
        server.stubFor(any(urlPathEqualTo("/mcp")).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer resource_metadata=\"" + server.baseUrl()
                        + "/.well-known/oauth-protected-resource/mcp\"")));
        SuiteRun run = SuiteRun.against(server.baseUrl() + "/mcp");
        assertThat(run.outcomes()).isNotEmpty();
        assertThat(run.failedRequirements()).isEmpty();
    }
}
