package dev.mcpauth.server.support;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import io.restassured.response.Response;
import org.springframework.web.util.UriComponentsBuilder;

/** The authorization code flow with PKCE, driven headlessly against the auto-approving reference server. */
public final class CodeFlow {

    public static final String REDIRECT_URI = "http://127.0.0.1/callback";

    private final ReferenceServer server;
    public final String clientId;
    public final CodeVerifier verifier = new CodeVerifier();

    /** The flow of a client that needs no registration: its client ID is its metadata document's URL (CIMD). */
    public CodeFlow(ReferenceServer server, String clientId) {
        this.server = server;
        this.clientId = clientId;
    }

    public CodeFlow(ReferenceServer server) {
        this.server = server;
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("client_name", "public app");
        metadata.put("grant_types", List.of("authorization_code", "refresh_token"));
        metadata.put("response_types", List.of("code"));
        metadata.put("token_endpoint_auth_method", "none");
        metadata.put("redirect_uris", List.of(REDIRECT_URI));
        Response registration = server.register(metadata);
        registration.then().statusCode(201);
        this.clientId = registration.path("client_id");
    }

    /** The authorization request parameters of a valid request; tests change one of them. */
    public Map<String, String> validAuthorizationRequest() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", REDIRECT_URI);
        parameters.put("state", "state-123");
        parameters.put("code_challenge", CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue());
        parameters.put("code_challenge_method", "S256");
        parameters.put("resource", server.resource());
        parameters.put("scope", "mcp:tools");
        return parameters;
    }

    public Response authorize(Map<String, String> parameters) {
        var spec = server.request();
        parameters.forEach((name, value) -> {
            if (value != null) {
                spec.queryParam(name, value);
            }
        });
        return spec.get("/authorize");
    }

    /** The query parameters of the redirect the server answered with. */
    public static Map<String, String> redirectParameters(Response response) {
        String location = response.header("Location");
        Map<String, String> parameters = new HashMap<>();
        UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams()
                .forEach((name, values) -> parameters.put(name,
                        java.net.URLDecoder.decode(values.get(0), java.nio.charset.StandardCharsets.UTF_8)));
        return parameters;
    }

    public String code() {
        Response response = authorize(validAuthorizationRequest());
        response.then().statusCode(302);
        return redirectParameters(response).get("code");
    }

    public Response exchange(String code, Map<String, String> overrides) {
        Map<String, String> parameters = new HashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT_URI, "client_id", clientId, "code_verifier", verifier.getValue(),
                "resource", server.resource()));
        parameters.putAll(overrides);
        var spec = server.request().contentType("application/x-www-form-urlencoded");
        parameters.forEach((name, value) -> {
            if (value != null) {
                spec.formParam(name, value);
            }
        });
        return spec.post("/token");
    }

    public Response refresh(String refreshToken) {
        return server.request().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refreshToken)
                .formParam("client_id", clientId).formParam("resource", server.resource()).post("/token");
    }
}
