package dev.mcpauth.conformance.selftest.clientdefects;

/**
 * Defect: the client as it was before MCP 2026-07-28. It reads the protected resource metadata once; a later 401
 * renews the token at the authorization server it started with, so a server that moved to another authorization
 * server never gets the client registered there.
 */
public class StaysWithTheFirstAuthorizationServer extends ReassembledClient {
}
