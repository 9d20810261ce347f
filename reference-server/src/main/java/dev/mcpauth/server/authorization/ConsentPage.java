package dev.mcpauth.server.authorization;

import com.nimbusds.oauth2.sdk.Scope;
import dev.mcpauth.server.registration.RegisteredClient;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/** The explicit consent page, shown when {@code mcpauth.authorization.consent=prompt}. */
final class ConsentPage {

    private ConsentPage() {
    }

    static ResponseEntity<String> render(RegisteredClient client, Scope scope, String resource, String ticket) {
        Object name = client.metadata().getOrDefault("client_name", client.clientId());
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Authorize "
                + HtmlUtils.htmlEscape(String.valueOf(name)) + "</title></head><body>"
                + "<h1>Authorize " + HtmlUtils.htmlEscape(String.valueOf(name)) + "?</h1>"
                + "<p>Client <code>" + HtmlUtils.htmlEscape(client.clientId()) + "</code> asks for scope <code>"
                + HtmlUtils.htmlEscape(scope.toString()) + "</code> on <code>" + HtmlUtils.htmlEscape(resource)
                + "</code>.</p>"
                + "<form method=\"post\" action=\"/authorize/decision\">"
                + "<input type=\"hidden\" name=\"ticket\" value=\"" + HtmlUtils.htmlEscape(ticket) + "\">"
                + "<button name=\"decision\" value=\"approve\">Approve</button> "
                + "<button name=\"decision\" value=\"deny\">Deny</button></form></body></html>";
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                .header("X-Frame-Options", "DENY").body(html);
    }
}
