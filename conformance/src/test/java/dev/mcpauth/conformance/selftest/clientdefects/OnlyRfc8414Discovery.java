package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.List;

/** Defect: the client knows only RFC 8414 and never looks at the OpenID discovery URLs. */
public class OnlyRfc8414Discovery extends MetadataLookedUpInOrder {

    @Override
    protected List<String> lookups(List<String> specOrder) {
        return specOrder.subList(0, 1);
    }
}
