package dev.mcpauth.conformance.selftest.clientdefects;

import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;

/** The reference client, but taking the authorization server metadata as it comes: subclasses decide what else. */
abstract class LenientDiscovery extends MetadataLookedUpInOrder {

    /** What the defect changes in the metadata before the client uses it. */
    protected abstract void adjust(AuthorizationServerMetadata metadata);

    @Override
    protected AuthorizationServerMetadata accept(AuthorizationServerMetadata metadata, String issuer) {
        adjust(metadata);
        return metadata;
    }
}
