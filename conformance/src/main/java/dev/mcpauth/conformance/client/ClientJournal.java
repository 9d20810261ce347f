package dev.mcpauth.conformance.client;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Everything the client under test sent to the two stubs in one scenario, per stub in the order it arrived. */
public record ClientJournal(String serverUrl, List<SentRequest> mcpServer, List<SentRequest> authorizationServer) {

    public static ClientJournal of(StubDeployment stubs) {
        return new ClientJournal(stubs.serverUrl(),
                stubs.mcpJournal().stream().map(request -> SentRequest.of("MCP server", request)).toList(),
                stubs.authorizationServerJournal().stream()
                        .map(request -> SentRequest.of("authorization server", request)).toList());
    }

    public List<SentRequest> toAuthorizationServer(String method, String path) {
        return authorizationServer.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    public List<SentRequest> authorizationRequests() {
        return toAuthorizationServer("GET", StubDeployment.AUTHORIZATION_PATH);
    }

    public List<SentRequest> tokenRequests() {
        return toAuthorizationServer("POST", StubDeployment.TOKEN_PATH);
    }

    public List<SentRequest> registrationRequests() {
        return toAuthorizationServer("POST", StubDeployment.REGISTRATION_PATH);
    }

    /** Requests to the MCP endpoint itself (not its metadata). */
    public List<SentRequest> mcpRequests() {
        return mcpServer.stream().filter(r -> r.path().equals(StubDeployment.MCP_PATH)).toList();
    }

    /** MCP endpoint requests that carry a bearer token. */
    public List<SentRequest> mcpRequestsWithToken() {
        return mcpRequests().stream().filter(r -> r.bearerToken().isPresent()).toList();
    }

    /** Every request, MCP server first, one per line, for evidence. */
    public String describe() {
        List<SentRequest> all = new ArrayList<>(mcpServer);
        all.addAll(authorizationServer);
        return all.isEmpty() ? "(the client sent nothing)" : all.stream().map(SentRequest::describe)
                .collect(Collectors.joining("\n"));
    }

    public static String lines(List<SentRequest> requests) {
        return requests.isEmpty() ? "(none)" : requests.stream().map(SentRequest::describe)
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
