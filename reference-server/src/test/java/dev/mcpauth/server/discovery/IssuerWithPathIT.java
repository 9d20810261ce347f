package dev.mcpauth.server.discovery;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import dev.mcpauth.server.support.ReferenceServerIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;

/** An issuer with a path: the well-known segment goes between host and path (RFC 8414 §3.1). */
@TestPropertySource(properties = "mcpauth.issuer-path=/tenant-a")
class IssuerWithPathIT extends ReferenceServerIT {

    @ParameterizedTest
    @ValueSource(strings = {"/.well-known/oauth-authorization-server/tenant-a",
            "/.well-known/openid-configuration/tenant-a", "/tenant-a/.well-known/openid-configuration"})
    void metadataAtEveryConstructionCarriesTheIssuerWithItsPath(String path) {
        server.request().get(path).then().statusCode(200).body("issuer", equalTo(server.baseUrl() + "/tenant-a"));
    }

    @Test
    void rootMetadataUrlIsNotServedForAnIssuerWithAPath() {
        server.request().get("/.well-known/oauth-authorization-server").then().statusCode(404);
    }

    @Test
    void protectedResourceMetadataNamesTheIssuerWithItsPath() {
        server.request().get("/.well-known/oauth-protected-resource/mcp").then()
                .body("authorization_servers", equalTo(List.of(server.baseUrl() + "/tenant-a")));
    }

    @Test
    void tokensIssuedUnderThePathIssuerAreAccepted() {
        String token = server.accessToken();
        server.mcp(token, null, dev.mcpauth.server.support.JsonRpc.initialize()).then().statusCode(200);
    }
}
