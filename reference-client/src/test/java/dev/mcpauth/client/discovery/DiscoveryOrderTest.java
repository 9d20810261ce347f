package dev.mcpauth.client.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.McpAuthorization;
import dev.mcpauth.client.support.StubServers;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryOrderTest {

    @RegisterExtension
    static WireMockExtension wm = StubServers.extension();

    @TempDir
    Path dir;

    private StubServers stubs;

    @BeforeEach
    void conformantServers() {
        stubs = new StubServers(wm).conformant();
    }

    @Test
    void resourceMetadataNamedByTheChallengeIsUsedAndNoWellKnownUrlIsTried() {
        stubs.unauthorizedMcp("Bearer resource_metadata=\"" + stubs.base() + "/custom/prm\"");
        stubs.resourceMetadata("/custom/prm", stubs.serverUrl(), stubs.base());
        // traps: a client that guesses URLs would find these
        stubs.resourceMetadata("/.well-known/oauth-protected-resource", stubs.serverUrl(), stubs.base() + "/trap");

        McpAuthorization.discover(stubs.settings(dir.resolve("c.json"))).orElseThrow();

        assertThat(stubs.requestedPaths()).containsExactly("/mcp", "/custom/prm",
                "/.well-known/oauth-authorization-server");
    }

    @Test
    void withoutResourceMetadataInTheChallengeThePathInsertedThenTheRootUrlIsTried() {
        stubs.unauthorizedMcp("Bearer realm=\"mcp\"");
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                "/.well-known/oauth-protected-resource/mcp").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.notFound()));
        stubs.resourceMetadata("/.well-known/oauth-protected-resource", stubs.serverUrl(), stubs.base());

        McpAuthorization.discover(stubs.settings(dir.resolve("c.json"))).orElseThrow();

        assertThat(stubs.requestedPaths()).containsExactly("/mcp", "/.well-known/oauth-protected-resource/mcp",
                "/.well-known/oauth-protected-resource", "/.well-known/oauth-authorization-server");
    }

    @Test
    void authorizationServerWithPathIsLookedUpPathInsertedThenAtTheOpenIdUrls() {
        String issuer = stubs.base() + "/tenant";
        stubs.resourceMetadata("/.well-known/oauth-protected-resource/mcp", stubs.serverUrl(), issuer);
        stubs.authorizationServerMetadata("/tenant/.well-known/openid-configuration",
                stubs.asMetadata(issuer, "[\"S256\"]"));

        McpAuthorization.discover(stubs.settings(dir.resolve("c.json"))).orElseThrow();

        assertThat(stubs.requestedPaths()).containsExactly("/mcp", "/.well-known/oauth-protected-resource/mcp",
                "/.well-known/oauth-authorization-server/tenant", "/.well-known/openid-configuration/tenant",
                "/tenant/.well-known/openid-configuration");
    }

    @Test
    void resourceMetadataNamingAnotherResourceIsRefused() {
        stubs.resourceMetadata("/.well-known/oauth-protected-resource/mcp", stubs.serverUrl() + "/", stubs.base());

        assertThatThrownBy(() -> McpAuthorization.discover(stubs.settings(dir.resolve("c.json"))))
                .isInstanceOf(AuthorizationFailure.class).hasMessageContaining("RFC 9728 §3.3");
        assertThat(stubs.requestedPaths()).containsExactly("/mcp", "/.well-known/oauth-protected-resource/mcp");
    }

    @Test
    void authorizationServerMetadataWithAnotherIssuerIsRefusedBeforeAnyRegistrationOrTokenRequest() {
        stubs.authorizationServerMetadata("/.well-known/oauth-authorization-server",
                stubs.asMetadata(stubs.base() + "/", "[\"S256\"]"));

        assertThatThrownBy(() -> McpAuthorization.discover(stubs.settings(dir.resolve("c.json"))))
                .isInstanceOf(AuthorizationFailure.class).hasMessageContaining("RFC 8414 §3.3");
        assertThat(stubs.requests("/register")).isEmpty();
        assertThat(stubs.requests("/token")).isEmpty();
    }
}
