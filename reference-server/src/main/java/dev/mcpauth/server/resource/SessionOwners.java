package dev.mcpauth.server.resource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which caller opened each MCP session. A session id is never a credential (MCP security best practices,
 * "Session Hijacking"): a request carrying another caller's session id is treated as naming an unknown session.
 *
 * <p>The record is bounded. A session whose owner is no longer known is refused to everyone, its owner included
 * (who then starts a new session, as after any 404), rather than opened to anyone: otherwise opening many sessions
 * would push out the record of a victim's session and make it usable by whoever learned its id.
 */
public final class SessionOwners {

    private static final int DEFAULT_MAX_SESSIONS = 10_000;

    private final Map<String, String> ownerBySession;

    public SessionOwners() {
        this(DEFAULT_MAX_SESSIONS);
    }

    SessionOwners(int maxSessions) {
        ownerBySession = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > maxSessions;
            }
        };
    }

    public synchronized void bind(String sessionId, AuthenticatedCaller owner) {
        ownerBySession.putIfAbsent(sessionId, owner.sessionOwnerKey());
    }

    /** True only for the caller that opened the session; false for anyone else and for sessions not on record. */
    public synchronized boolean mayUse(String sessionId, AuthenticatedCaller caller) {
        String owner = ownerBySession.get(sessionId);
        return owner != null && owner.equals(caller.sessionOwnerKey());
    }

    public synchronized void forget(String sessionId) {
        ownerBySession.remove(sessionId);
    }
}
