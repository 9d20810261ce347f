@spec-2026-07-28
Feature: MCP server authorization rules added or changed in MCP 2026-07-28
  The 2026-07-28 revision asks an MCP server to name in one challenge every scope an operation needs, to honour the
  scope hierarchies it defines, to leave offline_access to the authorization server, to check every primitive
  against the caller's authorization, and never to take a state handle for authentication.

  Rule: Runtime Insufficient Scope Errors: one challenge names every scope the operation needs

    Background:
      Given the client holds an access token that lacks the scope of a privileged tool

    @V0728-56 @SHOULD
    Scenario: The 403 challenge names what the operation needs beyond the token's scopes
      When the client calls the privileged tool
      Then the challenge names a scope the token does not hold

    @V0728-57 @SHOULD
    Scenario: A token with the scopes of the one challenge is enough for the operation
      When the client calls the privileged tool with the scopes the challenge named added to its token's
      Then the request is served

    @V0728-218 @MUST
    Scenario: A tool the token's scope does not cover is not run
      When the client calls the privileged tool
      Then the privileged tool is not run for that token

  Rule: Refresh Tokens: the MCP server does not ask for offline_access

    @V0728-53 @SHOULD-NOT
    Scenario: The protected resource metadata does not list offline_access
      When a client reads the scopes the protected resource metadata lists
      Then the protected resource metadata does not list offline_access

    @V0728-53 @SHOULD-NOT
    Scenario: The 401 challenge does not ask for offline_access
      When a client sends a tools/list request without an access token
      Then the challenge does not ask for offline_access

    @V0728-53 @SHOULD-NOT
    Scenario: The 403 challenge does not ask for offline_access
      Given the client holds an access token that lacks the scope of a privileged tool
      When the client calls the privileged tool
      Then the challenge does not ask for offline_access

  Rule: Step-Up Authorization Flow: a broader scope includes the narrower ones the server defines under it

    @V0728-67 @MUST
    Scenario: A token with only the broader scope is enough for an operation of the narrower one
      Given the server declares a scope that includes another
      When the client lists the tools with a token holding only the broader scope
      Then the request is served

  Rule: Tools, Capabilities: list results do not depend on the connection or on earlier requests

    @V0728-215 @MUST-NOT
    Scenario: The tool list is the same on another connection after an unrelated request
      Given the client holds a valid access token
      When the client lists the tools on a new connection, pings, and lists them on another
      Then both lists name the same tools
