package dev.mcpauth.server.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SessionOwnersTest {

    private final AuthenticatedCaller alice = caller("alice");
    private final AuthenticatedCaller mallory = caller("mallory");

    @Test
    void onlyTheCallerThatOpenedASessionMayUseIt() {
        SessionOwners owners = new SessionOwners();
        owners.bind("s1", alice);

        assertThat(owners.mayUse("s1", alice)).isTrue();
        assertThat(owners.mayUse("s1", mallory)).isFalse();
    }

    @Test
    void sessionPushedOutOfTheRecordIsOpenToNoOne() {
        SessionOwners owners = new SessionOwners(2);
        owners.bind("victim", alice);
        owners.bind("m1", mallory);
        owners.bind("m2", mallory);

        assertThat(owners.mayUse("victim", mallory)).isFalse();
        assertThat(owners.mayUse("victim", alice)).isFalse();
    }

    @Test
    void sessionInUseStaysOnRecord() {
        SessionOwners owners = new SessionOwners(2);
        owners.bind("busy", alice);
        owners.bind("m1", mallory);
        assertThat(owners.mayUse("busy", alice)).isTrue();
        owners.bind("m2", mallory);

        assertThat(owners.mayUse("busy", alice)).isTrue();
        assertThat(owners.mayUse("m1", mallory)).isFalse();
    }

    @Test
    void endedSessionIsOpenToNoOne() {
        SessionOwners owners = new SessionOwners();
        owners.bind("s1", alice);
        owners.forget("s1");

        assertThat(owners.mayUse("s1", alice)).isFalse();
    }

    private static AuthenticatedCaller caller(String clientId) {
        return new AuthenticatedCaller(clientId, clientId, Set.of("mcp:tools"), List.of("http://127.0.0.1/mcp"));
    }
}
