@authorization-server @spec-2026-07-28
Feature: Authorization server rules added or changed in MCP 2026-07-28
  The 2026-07-28 revision asks clients to use authorization server metadata only when its issuer is the one the
  resource metadata names, to check the RFC 9207 iss parameter of every authorization response against it, and
  deprecates dynamic client registration in favour of client ID metadata documents.

  Rule: Authorization Server Metadata Discovery: the metadata's issuer is the one the resource metadata names

    @V0728-82 @MUST
    Scenario: The metadata's issuer is identical to the entry in the resource metadata
      Given the client knows the authorization server from the resource metadata
      When the client fetches the authorization server metadata
      Then the metadata's issuer is identical to the issuer it was fetched for

  Rule: Client Registration: dynamic registration is deprecated in favour of client ID metadata documents

    @V0728-214 @SHOULD-NOT
    Scenario: An authorization server that offers dynamic registration also accepts client ID metadata documents
      Given the client knows the authorization server from the resource metadata
      When the client fetches the authorization server metadata
      Then the metadata offers dynamic registration only beside client ID metadata documents

  Rule: Authorization Response Validation: authorization responses name their issuer (RFC 9207)

    Background:
      Given a public client registered with a loopback redirect URI
      And the authorization server approves its requests without user interaction

    @V0728-24 @SHOULD
    Scenario: A successful authorization response names the issuer
      When the authorization server answers a valid authorization request
      Then the response names the authorization server in the iss parameter

    @V0728-24 @SHOULD
    Scenario: An error authorization response names the issuer
      When the authorization server answers an authorization request with an unsupported response type
      Then the response names the authorization server in the iss parameter

    @R9207-01 @MUST
    Scenario: The iss of a successful authorization response is exactly the issuer
      When the authorization server answers a valid authorization request
      Then any iss parameter of the response is exactly the authorization server's issuer

    @R9207-01 @MUST
    Scenario: The iss of an error authorization response is exactly the issuer
      When the authorization server answers an authorization request with an unsupported response type
      Then any iss parameter of the response is exactly the authorization server's issuer

    @V0728-25 @MUST
    Scenario: The metadata announces the iss parameter exactly when authorization responses carry it
      When the authorization server answers a valid authorization request
      Then the authorization server metadata announces the iss parameter exactly when responses carry it
