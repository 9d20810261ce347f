package dev.mcpauth.conformance.steps;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.token.AccessTokens;
import dev.mcpauth.conformance.token.ClientCredentials;
import dev.mcpauth.conformance.token.JwtAccessTokenChecks;
import dev.mcpauth.conformance.token.ObtainedToken;
import dev.mcpauth.conformance.token.OtherResource;
import dev.mcpauth.conformance.token.TokenLifetimeChecks;
import dev.mcpauth.conformance.token.TokenRequests;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/** The access tokens the authorization server issues, read as RFC 9068 JWTs when they are JWTs. */
public class AccessTokenProfileSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private ObtainedToken token;
    private SignedJWT jwt;
    private SignedJWT second;
    private String requestedScope;
    private OptionalLong lifetime;

    public AccessTokenProfileSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @Given("the client holds an access token from the authorization server")
    public void holdsToken() {
        token = world.token();
    }

    @When("the client reads the access token")
    public void readToken() {
        jwt = jwtOrSkip(token.value());
    }

    @When("the client obtains a second access token the same way")
    public void secondToken() {
        jwt = jwtOrSkip(token.value());
        second = jwtOrSkip(issued(Map.of()));
    }

    @When("the client obtains an access token for another resource of the same authorization server")
    public void tokenForOtherResource() {
        OtherResource other = OtherResource.of(world);
        jwt = jwtOrSkip(issued(Map.of("resource", world.target().mcpUrl())));
        second = jwtOrSkip(other.token(world));
        if (other.invented() && claims(jwt).getAudience().equals(claims(second).getAudience())) {
            // a resource the server never heard of, ignored: nothing broader was granted (RFC 8707 section 2)
            throw Findings.skip("The authorization server ignores the resource " + other.uri() + " the harness "
                    + "invented; set " + dev.mcpauth.conformance.targets.HarnessSettings.OTHER_RESOURCE
                    + " to another resource it serves to run this check.");
        }
    }

    @When("the client asks for one access token for two resources")
    public void tokenForTwoResources() {
        OtherResource other = OtherResource.of(world);
        jwtOrSkip(token.value());
        other.token(world);
        List<Map.Entry<String, String>> pairs = new java.util.ArrayList<>();
        AccessTokens.grantRequest(world, client(), Map.of()).forEach((name, value) -> {
            if (!name.equals("resource")) {
                pairs.add(Map.entry(name, value));
            }
        });
        pairs.add(Map.entry("resource", world.target().mcpUrl()));
        pairs.add(Map.entry("resource", other.uri()));
        Response response = TokenRequests.postPairs(world, world.discovered(), client(), pairs);
        world.answered(response);
        jwt = response.statusCode() == 200 && response.path("access_token") instanceof String value
                ? JwtAccessTokenChecks.parse(value) : null;
    }

    @When("the client obtains an access token with a scope the authorization server supports")
    public void tokenWithScope() {
        jwtOrSkip(token.value());
        Discovered discovered = world.discovered();
        requestedScope = dev.mcpauth.conformance.discovery.RequestedScope.of(world).orElseGet(() -> discovered.serverList("scopes_supported")
                .stream().findFirst().orElseThrow(() -> Findings.skip("The authorization server lists no "
                        + "scopes_supported and mcp.scopes is not set, so no scope can be requested.")));
        jwt = jwtOrSkip(issued(Map.of("scope", requestedScope)));
    }

    @When("the client reads how long the access token lives")
    public void readLifetime() {
        SignedJWT parsed = JwtAccessTokenChecks.parse(token.value());
        JWTClaimsSet claims = parsed == null ? null : claims(parsed);
        if (claims != null && claims.getExpirationTime() != null && claims.getIssueTime() != null) {
            lifetime = OptionalLong.of((claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
                    / 1000);
        } else if (token.expiresAt() != null) {
            lifetime = OptionalLong.of(token.expiresAt().getEpochSecond() - Instant.now().getEpochSecond());
        } else if (claims != null && claims.getExpirationTime() != null) {
            lifetime = OptionalLong.of(claims.getExpirationTime().toInstant().getEpochSecond()
                    - Instant.now().getEpochSecond());
        } else {
            lifetime = OptionalLong.empty();
        }
    }

    @Then("the access token declares the type at+jwt")
    public void typeAtJwt() {
        findings.check(() -> JwtAccessTokenChecks.typeIsAtJwt(jwt));
    }

    @Then("the access token is signed with an algorithm other than none")
    public void signed() {
        findings.check(() -> JwtAccessTokenChecks.signedNotNone(jwt));
    }

    @Then("its signature verifies with a key the authorization server publishes at its jwks_uri")
    public void verifiesWithPublishedKey() {
        if (com.nimbusds.jose.JWSAlgorithm.Family.HMAC_SHA.contains(jwt.getHeader().getAlgorithm())) {
            throw Findings.skip("The access token is signed with a shared secret (" + jwt.getHeader().getAlgorithm()
                    + "), which RFC 9068 permits but no published key can verify.");
        }
        String jwksUri = world.discovered().serverEndpoint("jwks_uri");
        if (jwksUri == null) {
            throw Findings.skip("The authorization server metadata has no jwks_uri to verify the token with.");
        }
        Response keys = world.request().get(jwksUri);
        findings.check(() -> {
            JWKSet set;
            try {
                set = JWKSet.parse(keys.asString());
            } catch (java.text.ParseException e) {
                throw new AssertionError("The jwks_uri " + jwksUri + " does not serve a JWK Set (answered "
                        + keys.statusCode() + "): " + e.getMessage());
            }
            JwtAccessTokenChecks.verifiesWithPublishedKey(jwt, set, jwksUri);
        });
    }

    /**
     * Compared with the issuer identifier the resource metadata names, which RFC 8414 section 3.3 requires the
     * metadata's issuer to equal; a mismatch between those two is R8414-21's finding, not this one's.
     */
    @Then("the access token's issuer is the authorization server's issuer")
    public void issuer() {
        findings.check(() -> JwtAccessTokenChecks.issuerIs(claims(jwt), world.discovered().issuer()));
    }

    @Then("the access token has an expiry after its issue time")
    public void expiry() {
        findings.check(() -> JwtAccessTokenChecks.expiresAfterIssue(claims(jwt)));
    }

    @Then("the access token names its audience")
    public void audience() {
        findings.check(() -> JwtAccessTokenChecks.hasAudience(claims(jwt)));
    }

    @Then("the access token names its subject")
    public void subject() {
        findings.check(() -> JwtAccessTokenChecks.hasSubject(claims(jwt)));
    }

    @Then("the access token names the client that obtained it")
    public void clientId() {
        findings.check(() -> JwtAccessTokenChecks.clientIdIs(claims(jwt),
                token.client() == null ? null : token.client().clientId()));
    }

    @Then("the access token says when it was issued")
    public void issuedAt() {
        findings.check(() -> JwtAccessTokenChecks.issuedAtNow(claims(jwt)));
    }

    @Then("the two access tokens have different identifiers")
    public void distinctJti() {
        findings.check(() -> JwtAccessTokenChecks.distinctIdentifiers(claims(jwt), claims(second)));
    }

    @Then("the access token's audience is exactly the MCP server")
    public void audienceIsServer() {
        findings.check(() -> JwtAccessTokenChecks.audienceIsExactly(claims(jwt), world.target().mcpUrl()));
    }

    @Then("the two access tokens have different audiences")
    public void audiencesDiffer() {
        findings.check(() -> JwtAccessTokenChecks.audiencesDiffer(claims(jwt), claims(second)));
    }

    @Then("no access token names both resources in its audience")
    public void notBothResources() {
        findings.check(() -> {
            if (jwt != null) {
                JwtAccessTokenChecks.singleAudience(claims(jwt));
            }
        });
    }

    @Then("the access token carries the granted scope")
    public void carriesScope() {
        findings.check(() -> JwtAccessTokenChecks.hasScope(claims(jwt), requestedScope));
    }

    @Then("the access token's lifetime is bounded")
    public void lifetimeBounded() {
        findings.check(() -> TokenLifetimeChecks.bounded(lifetime));
    }

    @Then("the access token lives one hour or less")
    public void lifetimeShort() {
        findings.check(() -> TokenLifetimeChecks.atMostOneHour(lifetime));
    }

    private String issued(Map<String, String> changes) {
        Response response = AccessTokens.request(world, client(), changes);
        if (response.statusCode() != 200 || !(response.path("access_token") instanceof String value)) {
            throw Findings.skip("The authorization server issued no further token (answered "
                    + response.statusCode() + ").");
        }
        return value;
    }

    private ClientCredentials client() {
        ClientCredentials client = token.client();
        if (client == null) {
            throw Findings.skip("This check requests further tokens, but the harness holds no client (its token "
                    + "came from " + token.how() + ").");
        }
        return client;
    }

    private static SignedJWT jwtOrSkip(String value) {
        SignedJWT parsed = JwtAccessTokenChecks.parse(value);
        if (parsed == null) {
            throw Findings.skip("The access token is not a JWT; the RFC 9068 profile applies only to JWT access "
                    + "tokens.");
        }
        return parsed;
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new AssertionError("The access token's payload is not a JSON claims set: " + e.getMessage());
        }
    }
}
