package dev.mcpauth.conformance.selftest.defects;

import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.mcpauth.server.resource.AccessTokenVerifier.VerifiedToken;
import dev.mcpauth.server.resource.AuthenticatedCaller;

/** For defective verifiers: the caller a token's claims name, taken at their word. */
final class TrustedClaims {

    private TrustedClaims() {
    }

    static VerifiedToken verifiedToken(JWTClaimsSet claims) throws ParseException {
        String scope = claims.getStringClaim("scope");
        Set<String> scopes = new HashSet<>(List.of(scope == null ? new String[0] : scope.split(" ")));
        return new VerifiedToken(new AuthenticatedCaller(claims.getStringClaim("client_id"), claims.getSubject(),
                scopes, claims.getAudience()), claims);
    }
}
