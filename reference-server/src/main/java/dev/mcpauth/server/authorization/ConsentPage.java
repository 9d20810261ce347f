package dev.mcpauth.server.authorization;

import java.net.URI;

import com.nimbusds.oauth2.sdk.Scope;
import dev.mcpauth.server.registration.RegisteredClient;
import dev.mcpauth.server.registration.metadatadocument.ClientIdMetadataDocuments;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The explicit consent page, shown when {@code mcpauth.authorization.consent=prompt}. It names the client by its
 * {@code client_name}, and, since anyone can pick a name, also shows what vouches for it: for a metadata document
 * client the host serving the document (CIMD §6.4), and always the host the code will be sent to (MCP security
 * considerations on redirect URIs).
 */
final class ConsentPage {

    private ConsentPage() {
    }

    static ResponseEntity<String> render(RegisteredClient client, URI redirectUri, Scope scope, String resource,
                                         String ticket) {
        String name = HtmlUtils.htmlEscape(String.valueOf(client.metadata().getOrDefault("client_name",
                client.clientId())));
        String publisher = ClientIdMetadataDocuments.isUrl(client.clientId())
                ? "<p>This client is described by a document on <strong>"
                + HtmlUtils.htmlEscape(String.valueOf(URI.create(client.clientId()).getHost())) + "</strong>.</p>"
                : "";
        String redirectHost = redirectUri.getHost() == null ? redirectUri.getScheme() + ":" : redirectUri.getHost();
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Authorize "
                + name + "</title></head><body>"
                + "<h1>Authorize " + name + "?</h1>" + publisher
                + "<p>Client <code>" + HtmlUtils.htmlEscape(client.clientId()) + "</code> asks for scope <code>"
                + HtmlUtils.htmlEscape(scope.toString()) + "</code> on <code>" + HtmlUtils.htmlEscape(resource)
                + "</code>.</p>"
                + "<p>If you approve, you will be sent back to <strong>" + HtmlUtils.htmlEscape(redirectHost)
                + "</strong>.</p>"
                + "<form method=\"post\" action=\"/authorize/decision\">"
                + "<input type=\"hidden\" name=\"ticket\" value=\"" + HtmlUtils.htmlEscape(ticket) + "\">"
                + "<button name=\"decision\" value=\"approve\">Approve</button> "
                + "<button name=\"decision\" value=\"deny\">Deny</button></form></body></html>";
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noStore()).header("X-Frame-Options", "DENY").body(html);
    }
}
