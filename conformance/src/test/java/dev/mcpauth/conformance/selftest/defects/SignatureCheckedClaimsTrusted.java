package dev.mcpauth.conformance.selftest.defects;

import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.resource.AccessTokenVerifier;
import dev.mcpauth.server.resource.AccessTokenVerifier.VerifiedToken;
import dev.mcpauth.server.resource.InvalidTokenException;
import dev.mcpauth.server.store.ClientStore;
import dev.mcpauth.server.store.RevokedAccessTokens;
import dev.mcpauth.server.store.SigningKeyStore;
import dev.mcpauth.server.token.AccessTokenIssuer;

/**
 * For defective verifiers: the signature is verified, then the claims are checked one by one, leaving out the checks
 * a defect forgets, and taken at their word.
 */
final class SignatureCheckedClaimsTrusted {

    /** The checks a verifier makes after the signature. */
    enum Check { TYPE, ISSUER, EXPIRY, AUDIENCE }

    private SignatureCheckedClaimsTrusted() {
    }

    static AccessTokenVerifier forgetting(Check forgotten, SigningKeyStore keys, ServerUrls urls, ClientStore clients,
                                          RevokedAccessTokens revoked) {
        Set<Check> made = EnumSet.complementOf(EnumSet.of(forgotten));
        return new AccessTokenVerifier(keys, urls, clients, revoked) {
            @Override
            public VerifiedToken verifyDetailed(String token) throws InvalidTokenException {
                try {
                    SignedJWT jwt = SignedJWT.parse(token);
                    JWTClaimsSet claims = jwt.getJWTClaimsSet();
                    if (!jwt.verify(new ECDSAVerifier(keys.publicKey().toECKey()))
                            || made.contains(Check.TYPE)
                            && !AccessTokenIssuer.TOKEN_TYPE.equals(jwt.getHeader().getType())
                            || made.contains(Check.ISSUER) && !urls.issuer().equals(claims.getIssuer())
                            || made.contains(Check.EXPIRY) && (claims.getExpirationTime() == null
                            || claims.getExpirationTime().before(new Date()))
                            || made.contains(Check.AUDIENCE) && !List.of(urls.resource()).equals(claims.getAudience())) {
                        throw new InvalidTokenException("bad signature or claims");
                    }
                    return TrustedClaims.verifiedToken(claims);
                } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
                    throw new InvalidTokenException("not a valid JWT");
                }
            }
        };
    }
}
