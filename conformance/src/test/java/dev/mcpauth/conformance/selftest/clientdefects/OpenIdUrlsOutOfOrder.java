package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.List;

/** Defect: the client tries the OpenID URL with the issuer's path appended before the one with it inserted. */
public class OpenIdUrlsOutOfOrder extends MetadataLookedUpInOrder {

    @Override
    protected List<String> lookups(List<String> specOrder) {
        return specOrder.size() < 3 ? specOrder : List.of(specOrder.get(0), specOrder.get(2), specOrder.get(1));
    }
}
