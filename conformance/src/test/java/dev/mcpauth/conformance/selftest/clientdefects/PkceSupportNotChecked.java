package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.List;

import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;

/**
 * Defect: the client assumes S256 when the metadata lists no PKCE methods, instead of refusing to go on. It still
 * checks the metadata's issuer (one defect: the issuer scenario also runs in the 2025-11-25 revision).
 */
public class PkceSupportNotChecked extends MetadataLookedUpInOrder {

    @Override
    protected AuthorizationServerMetadata accept(AuthorizationServerMetadata metadata, String issuer) {
        AuthorizationServerMetadata accepted = super.accept(metadata, issuer);
        if (accepted.getCodeChallengeMethods() == null) {
            accepted.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        }
        return accepted;
    }
}
