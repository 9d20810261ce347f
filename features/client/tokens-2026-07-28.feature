@client @spec-2026-07-28
Feature: How a client presents and renews its tokens (MCP 2026-07-28)
  The stub MCP server speaks 2026-07-28 and the 2025 revisions; every request without an issued token draws a 401.
  The stub authorization server's scopes_supported lists mcp:tools and mcp:admin, not offline_access. The checks read
  every request the client sent to both.

  Background:
    Given an MCP server that requires authorization, with a conformant authorization server

  Rule: Every request from the client to the server carries authorization (Token Requirements)

    @V0728-40 @AUTH-TOK-01 @AUTH-TOK-02 @MUST
    Scenario: Once the client has a token, every request to the MCP server carries it
      When the client connects to the MCP server and lists its tools
      Then every request to the MCP server once the client asked for a token carries one, server/discover included

  Rule: offline_access is asked for only where the authorization server lists it, and a refresh token is never assumed (Refresh Tokens)

    @V0728-51 @MAY
    Scenario: The client does not ask for offline_access from an authorization server that does not list it
      When the client connects to the MCP server and lists its tools
      Then no authorization or token request asks for offline_access

    @V0728-52 @MUST-NOT
    Scenario: Without refresh tokens, the client keeps working when its first access token expires
      Given the authorization server issues no refresh tokens, and the first access token expires at once
      When the client connects to the MCP server and lists its tools
      Then the client sent no refresh request, and still listed the tools with an access token
