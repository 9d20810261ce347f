package dev.mcpauth.server.resource;

import java.util.List;
import java.util.Set;

/** Who the access token says is calling; handed to the MCP tools through the transport context. */
public record AuthenticatedCaller(String clientId, String subject, Set<String> scopes, List<String> audience) {

    public static final String ATTRIBUTE = AuthenticatedCaller.class.getName();

    /** The owner of an MCP session: the same user through the same client. */
    public String sessionOwnerKey() {
        return clientId + "\n" + subject;
    }
}
