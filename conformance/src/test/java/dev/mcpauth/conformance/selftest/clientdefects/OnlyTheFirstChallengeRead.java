package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.List;
import java.util.stream.Collectors;

import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.discovery.AuthenticationChallenge;
import dev.mcpauth.client.discovery.ProtectedResource;

/**
 * Defect: the client reads only the first challenge of a 401, so a Bearer challenge after another scheme's goes
 * unseen and the client falls back to the well-known URLs (here by handing discovery the first challenge alone).
 */
public class OnlyTheFirstChallengeRead extends ReassembledClient {

    @Override
    protected ProtectedResource protectedResource(OAuthHttp http, String serverUrl, List<String> challenges) {
        List<String> firstOnly = challenges.stream().limit(1)
                .flatMap(header -> AuthenticationChallenge.parse(header).stream().limit(1))
                .filter(AuthenticationChallenge::isBearer)
                .map(OnlyTheFirstChallengeRead::written).toList();
        return super.protectedResource(http, serverUrl, firstOnly);
    }

    private static String written(AuthenticationChallenge bearer) {
        return "Bearer " + bearer.parameters().entrySet().stream()
                .map(parameter -> parameter.getKey() + "=\"" + parameter.getValue().replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", "));
    }
}
