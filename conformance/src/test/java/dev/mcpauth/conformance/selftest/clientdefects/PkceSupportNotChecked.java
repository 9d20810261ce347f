package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.List;

import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;

/** Defect: the client assumes S256 when the metadata lists no PKCE methods, instead of refusing to go on. */
public class PkceSupportNotChecked extends LenientDiscovery {

    @Override
    protected void adjust(AuthorizationServerMetadata metadata) {
        if (metadata.getCodeChallengeMethods() == null) {
            metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        }
    }
}
