package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.discovery.AuthenticationChallenge;
import dev.mcpauth.client.discovery.ProtectedResource;
import dev.mcpauth.client.discovery.WellKnownUrls;

/**
 * Defect: when the challenge names no metadata URL, the client tries the root well-known URL before the
 * path-inserted one (each URL fetched as if a challenge had named it).
 */
public class RootResourceMetadataFirst extends ReassembledClient {

    @Override
    protected ProtectedResource protectedResource(OAuthHttp http, String serverUrl, List<String> challenges) {
        if (AuthenticationChallenge.resourceMetadataUrl(challenges).isPresent()) {
            return super.protectedResource(http, serverUrl, challenges);
        }
        List<String> rootFirst = new ArrayList<>(WellKnownUrls.protectedResourceMetadata(serverUrl));
        Collections.reverse(rootFirst);
        AuthorizationFailure notFound = null;
        for (String url : rootFirst) {
            try {
                return super.protectedResource(http, serverUrl, List.of("Bearer resource_metadata=\"" + url + "\""));
            } catch (AuthorizationFailure e) {
                notFound = e;
            }
        }
        throw notFound;
    }
}
