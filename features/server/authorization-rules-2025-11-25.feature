@spec-2025-11-25
Feature: MCP server authorization rules added or changed in MCP 2025-11-25
  From 2025-11-25 an MCP server may publish its protected resource metadata either through the 401 challenge or at a
  well-known URL, answers a request from a foreign Origin with 403, accepts only tokens issued for its own
  resources, and tells a client in its 403 challenge which scopes the request needs.

  Rule: Protected Resource Metadata Discovery Requirements: the challenge or a well-known URL leads to the metadata

    @D1125-06 @MUST
    Scenario: The protected resource metadata is found through the challenge or at a well-known URL
      When a client fetches the protected resource metadata
      Then the metadata is a JSON object served with status 200

  Rule: Bearer challenges (RFC 6750 §3, RFC 9728 §5.1): a 401 always challenges, and names the metadata by its full URL

    @R6750-06 @MUST
    Scenario: A request without an access token is challenged
      When a client sends a first request without an access token
      Then the server answers 401 Unauthorized
      And the answer carries a WWW-Authenticate challenge

    @R6750-06 @MUST
    Scenario: A request with an invalid access token is challenged too
      When a client sends a first request with a token with a tampered signature
      Then the answer carries a WWW-Authenticate challenge

    @R9728-23 @MUST
    Scenario: A challenge that names the protected resource metadata names it by an absolute URL
      When a client sends a first request without an access token
      Then any protected resource metadata the challenge names is named by an absolute URL

  Rule: Streamable HTTP security: a present but invalid Origin is answered 403 Forbidden

    @D1125-47 @MUST
    Scenario: A request from a foreign Origin is answered 403 Forbidden
      When the client sends a first request with its access token from the origin "https://evil.example"
      Then the server answers 403 Forbidden

  Rule: Scope Selection Strategy: the 401 challenge names the scopes to ask for, the same ones each time

    @D1125-09 @SHOULD
    Scenario: The 401 challenge names the scopes a client should ask for
      When a client sends a tools/list request without an access token
      Then the challenge names the scopes a client should ask for

    @D1125-12 @SHOULD
    Scenario: The same request without a token is challenged for the same scopes each time
      When a client sends a tools/list request without an access token twice
      Then both challenges name the same scopes

  Rule: Scope Challenge Handling: a 403 challenge names the scopes the request needs

    Background:
      Given the client holds an access token that lacks the scope of a privileged tool

    @D1125-31 @SHOULD
    Scenario: The 403 challenge reports insufficient_scope, the scope needed and the resource metadata
      When the client calls the privileged tool
      Then the challenge reports the error "insufficient_scope"
      And the challenge names the scope the request needs
      And the challenge names the protected resource metadata

    @D1125-32 @SHOULD
    Scenario: The 403 challenge names a scope the token does not hold yet
      When the client calls the privileged tool
      Then the challenge names a scope the token does not hold

    @D1125-33 @SHOULD
    Scenario: The same forbidden call is challenged for the same scopes each time
      When the client calls the privileged tool twice
      Then both challenges name the same scopes
