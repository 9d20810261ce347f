@spec-2025-06-18
Feature: Authorization server metadata
  Clients find the authorization server's endpoints and capabilities in its OAuth 2.0 Authorization Server
  Metadata (RFC 8414), read from the URL built from the issuer that the resource metadata names.

  Background:
    Given the client knows the authorization server from the resource metadata

  Rule: The authorization server publishes metadata at the RFC 8414 well-known URL

    @AUTH-OVR-06 @R8414-17 @MUST
    Scenario: The metadata is served at the URL built from the issuer
      When the client fetches the authorization server metadata from its RFC 8414 URL
      Then the metadata is a JSON object served with status 200

    @R8414-21 @MUST
    Scenario: The metadata's issuer is identical to the issuer the resource metadata names
      When the client fetches the authorization server metadata
      Then the metadata's issuer is identical to the issuer it was fetched for

  Rule: The metadata lists what an MCP client needs

    @R8414-03 @MUST
    Scenario: The metadata names the token endpoint
      When the client fetches the authorization server metadata
      Then the metadata names the token_endpoint as an absolute URL

    @R8414-02 @MUST
    Scenario: The metadata names the authorization endpoint when the code grant is offered
      When the client fetches the authorization server metadata
      Then the metadata names the authorization_endpoint as an absolute URL unless the code grant is not offered

    @R8414-07 @MUST
    Scenario: The metadata lists the response types, including code
      When the client fetches the authorization server metadata
      Then the metadata lists code among the response_types_supported

    @OA21-AZ-08 @R8414-14 @MUST
    Scenario: The metadata advertises PKCE with S256
      When the client fetches the authorization server metadata
      Then the metadata lists S256 among the code_challenge_methods_supported

    @AUTH-DCR-02 @SHOULD
    Scenario: The authorization server offers dynamic client registration
      When the client fetches the authorization server metadata
      Then the metadata names a registration_endpoint
