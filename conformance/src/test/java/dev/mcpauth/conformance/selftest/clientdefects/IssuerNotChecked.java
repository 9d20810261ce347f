package dev.mcpauth.conformance.selftest.clientdefects;

import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;

/** Defect: authorization server metadata is used whatever issuer it names (RFC 8414 §3.3 not applied). */
public class IssuerNotChecked extends LenientDiscovery {

    @Override
    protected void adjust(AuthorizationServerMetadata metadata) {
        // nothing: skipping the comparison is the defect
    }
}
