package dev.mcpauth.server.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;

import dev.mcpauth.server.registration.RegisteredClient;
import org.springframework.stereotype.Component;

/** Registered clients, kept in {@code clients.json}. */
@Component
public class ClientStore {

    private final JsonFile<Map<String, RegisteredClient>> file;
    private final Map<String, RegisteredClient> clients;

    public ClientStore(DataDirectory dataDirectory) {
        this.file = dataDirectory.file("clients.json", new TypeReference<>() { });
        this.clients = new LinkedHashMap<>(file.read().orElse(Map.of()));
    }

    public synchronized void save(RegisteredClient client) {
        Map<String, RegisteredClient> next = new LinkedHashMap<>(clients);
        next.put(client.clientId(), client);
        file.write(next);
        clients.put(client.clientId(), client);
    }

    public synchronized Optional<RegisteredClient> find(String clientId) {
        return Optional.ofNullable(clientId == null ? null : clients.get(clientId));
    }

    public synchronized int count() {
        return clients.size();
    }
}
