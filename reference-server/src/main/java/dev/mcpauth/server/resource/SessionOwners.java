package dev.mcpauth.server.resource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which caller opened each MCP session. A session id is never a credential (MCP security best practices,
 * "Session Hijacking"): a request carrying another caller's session id is treated as naming an unknown session.
 */
public final class SessionOwners {

    private static final int MAX_SESSIONS = 10_000;

    private final Map<String, String> ownerBySession = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    public synchronized void bind(String sessionId, AuthenticatedCaller owner) {
        ownerBySession.putIfAbsent(sessionId, owner.sessionOwnerKey());
    }

    /** False when the session belongs to someone else. Unknown sessions are left to the transport (404). */
    public synchronized boolean mayUse(String sessionId, AuthenticatedCaller caller) {
        String owner = ownerBySession.get(sessionId);
        return owner == null || owner.equals(caller.sessionOwnerKey());
    }

    public synchronized void forget(String sessionId) {
        ownerBySession.remove(sessionId);
    }
}
