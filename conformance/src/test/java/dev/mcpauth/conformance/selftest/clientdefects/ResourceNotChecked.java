package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.discovery.AuthenticationChallenge;
import dev.mcpauth.client.discovery.ProtectedResource;
import net.minidev.json.JSONObject;

/** Defect: the protected resource metadata is used whatever resource it names (RFC 9728 §3.3 not applied). */
public class ResourceNotChecked extends ReassembledClient {

    @Override
    protected ProtectedResource protectedResource(OAuthHttp http, String serverUrl, List<String> challenges) {
        String url = AuthenticationChallenge.resourceMetadataUrl(challenges).orElseThrow();
        try {
            JSONObject metadata = JSONObjectUtils.parse(http.send(new HTTPRequest(HTTPRequest.Method.GET,
                    URI.create(url)), "protected resource metadata").getBody());
            return new ProtectedResource(JSONObjectUtils.getString(metadata, "resource"),
                    JSONObjectUtils.getStringList(metadata, "authorization_servers"),
                    JSONObjectUtils.getStringList(metadata, "scopes_supported", List.of()), Optional.empty(), url);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
