@authorization-server @spec-2025-11-25
Feature: Authorization server metadata as MCP 2025-11-25 allows it
  From 2025-11-25 an authorization server publishes RFC 8414 metadata or an OpenID Connect provider configuration, at
  least one of them; an OpenID Connect configuration then announces PKCE, since clients refuse to go on without it.

  Background:
    Given the client knows the authorization server from the resource metadata

  Rule: Overview: RFC 8414 metadata or OpenID Connect Discovery, at least one

    @D1125-04 @MUST
    Scenario: Metadata is served at the RFC 8414 URL or at an OpenID Connect discovery URL
      When the client looks for the authorization server metadata at the RFC 8414 and OpenID Connect URLs
      Then the metadata is a JSON object served with status 200

    @R8414-17 @R8414-18 @MUST
    Scenario: RFC 8414 metadata is served at the URL built from the issuer unless an OpenID Connect configuration takes its place
      When the client fetches the authorization server metadata from its RFC 8414 URL
      Then the metadata is a JSON object served with status 200, unless the authorization server publishes an OpenID Connect configuration instead

  Rule: Authorization Code Protection: an OpenID Connect configuration lists the PKCE methods

    @D1125-41 @MUST
    Scenario: The OpenID Connect configuration lists S256 among the code challenge methods
      When the client fetches the OpenID Connect configuration
      Then the metadata lists S256 among the code_challenge_methods_supported

  Rule: Security best practices, Confused Deputy: redirect URIs are matched exactly, without patterns

    Background:
      Given a public client registered with a loopback redirect URI
      And the authorization server approves its requests without user interaction

    # The rule is written for proxy servers; exact matching binds every authorization server (AUTH-REDIR-02), so
    # checking it on any server cannot blame one for what it may do.
    @D1125-56 @MUST
    Scenario: A redirect URI that extends the registered one is not redirected to
      When the client sends an authorization request with the redirect URI changed to the registered one with a path added
      Then the server does not redirect to that URI
