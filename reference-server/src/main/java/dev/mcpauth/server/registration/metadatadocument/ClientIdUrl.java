package dev.mcpauth.server.registration.metadatadocument;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A client ID that is a URL (CIMD §3): https, with a path naming the document, no dot segments, no fragment, no user
 * information; a query is discouraged but allowed, so is a port. Plain http is accepted only for a host on the test
 * allow-list that also allows http.
 */
final class ClientIdUrl {

    private ClientIdUrl() {
    }

    /** Whether a client ID is meant as a URL at all; registered client IDs never contain a colon. */
    static boolean isUrl(String clientId) {
        String lower = clientId.toLowerCase(Locale.ROOT);
        return lower.startsWith("https:") || lower.startsWith("http:");
    }

    /** The document URL a client ID names; a {@link MetadataDocumentException} says which rule it breaks. */
    static URI parse(String clientId, TestHostAllowList allowList) {
        URI url;
        try {
            url = new URI(clientId);
        } catch (URISyntaxException e) {
            throw new MetadataDocumentException("client_id " + clientId + " is not a valid URL");
        }
        if (url.getHost() == null) {
            throw new MetadataDocumentException("client_id " + clientId + " is not a URL with a host");
        }
        if (!"https".equals(url.getScheme()) && !allowList.allowsPlainHttp(url)) {
            throw new MetadataDocumentException("a client_id URL must use the https scheme (CIMD section 3)");
        }
        String path = url.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            throw new MetadataDocumentException("a client_id URL must have a path naming the metadata document "
                    + "(CIMD section 3)");
        }
        for (String segment : path.split("/", -1)) {
            String decoded = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                throw new MetadataDocumentException("a client_id URL must not contain . or .. path segments "
                        + "(CIMD section 3)");
            }
        }
        if (url.getRawFragment() != null) {
            throw new MetadataDocumentException("a client_id URL must not have a fragment (CIMD section 3)");
        }
        if (url.getRawUserInfo() != null) {
            throw new MetadataDocumentException("a client_id URL must not carry a user name or password "
                    + "(CIMD section 3)");
        }
        return url;
    }
}
