package dev.mcpauth.conformance.token;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import dev.mcpauth.conformance.http.ResponseBodies;
import dev.mcpauth.conformance.targets.HarnessSettings;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;
import org.opentest4j.TestAbortedException;

/**
 * Another resource of the MCP server's authorization server, for the audience checks: the one given in
 * {@code mcp.other.resource}, else a sibling the harness invents under the MCP server's origin. An authorization
 * server that knows only the MCP server refuses the sibling ({@code invalid_target}), and the checks are SKIPPED;
 * one that issues a token for it shows whether the MCP server accepts tokens meant for someone else.
 */
public record OtherResource(String uri, boolean invented) {

    static final String SIBLING_PATH = "/conformance-other-resource";

    public static OtherResource of(ConformanceWorld world) {
        return world.target().otherResource().map(uri -> new OtherResource(uri, false))
                .orElseGet(() -> new OtherResource(sibling(world.target().mcpUrl()), true));
    }

    /** A path under the MCP server's origin that is not the MCP endpoint. */
    static String sibling(String mcpUrl) {
        URI mcp = URI.create(mcpUrl);
        return mcp.resolve(SIBLING_PATH.equals(mcp.getPath()) ? SIBLING_PATH + "-2" : SIBLING_PATH).toString();
    }

    /** The token response to the harness's client asking for this resource; SKIPPED when it holds no client. */
    public Response tokenResponse(ConformanceWorld world) {
        ClientCredentials client = world.token().client();
        if (client == null) {
            throw Findings.skip("The harness uses the token given in " + HarnessSettings.ACCESS_TOKEN + " and holds "
                    + "no client to ask for a token for another resource.");
        }
        try {
            return AccessTokens.request(world, client, Map.of("resource", uri));
        } catch (TestAbortedException refusedAtAuthorization) {
            throw Findings.skip(notIssued(refusedAtAuthorization.getMessage()));
        }
    }

    /** A token issued for this resource; SKIPPED, with the reason, when the authorization server issues none. */
    public String token(ConformanceWorld world) {
        Response response = tokenResponse(world);
        if (response.statusCode() != 200 || !(response.path("access_token") instanceof String token)) {
            throw Findings.skip(notIssued("answered " + response.statusCode() + " "
                    + ResponseBodies.abbreviate(response.asString())));
        }
        return token;
    }

    /**
     * A token for this resource whose audience, when it is a JWT, is not the MCP server alone: an authorization
     * server that ignored the resource and issued a token for the MCP server granted nothing broader, which is
     * R9068-19's finding, not the MCP server's, so the check is SKIPPED.
     */
    public String tokenForItsOwnAudience(ConformanceWorld world) {
        String token = token(world);
        List<String> audience = audience(token);
        if (audience != null && !audience.contains(uri) && audience.contains(world.target().mcpUrl())) {
            throw Findings.skip("Asked for a token for " + uri + ", the authorization server issued one for the MCP "
                    + "server itself (aud " + audience + "), so no token of another resource can be presented.");
        }
        return token;
    }

    /** The {@code aud} of a JWT access token, or null when the token is opaque or names none. */
    public static List<String> audience(String token) {
        SignedJWT jwt = JwtAccessTokenChecks.parse(token);
        try {
            return jwt == null ? null : jwt.getJWTClaimsSet().getAudience();
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private String notIssued(String how) {
        return "The authorization server issues no token for " + uri + " (" + how + ")" + (invented
                ? ", a resource the harness named under the MCP server's origin; set " + HarnessSettings.OTHER_RESOURCE
                + " to another resource it serves to run this check." : ".");
    }
}
