@spec-2025-06-18
Feature: Token endpoint
  The token endpoint authenticates clients, issues tokens for the resource a client names (RFC 8707), answers
  errors in the RFC 6749 format, and never lets a response with tokens be cached.

  Rule: Token responses are not cached

    @OA21-TE-06 @R6749-08 @MUST
    Scenario: A token response forbids caching
      Given the client can get tokens from the authorization server
      When the client requests a token
      Then the token response carries Cache-Control no-store

    @OA21-TE-05 @MUST
    Scenario: A token response has the access token and its type
      Given the client can get tokens from the authorization server
      When the client requests a token
      Then the token response has an access_token and the token_type Bearer

  Rule: Resource indicators

    @R8707-05 @SHOULD
    Scenario: A token for an unknown resource is refused with invalid_target
      Given the client holds client credentials
      When the client requests a token for the resource "https://unknown.invalid/mcp"
      Then the token request is refused with the error "invalid_target"

  Rule: Client authentication

    @OA21-TE-03 @OA21-TE-10 @R6749-09 @MUST
    Scenario: A wrong client secret is refused with invalid_client
      Given the client holds client credentials
      When the client requests a token with a wrong client secret
      Then the token request is refused with the error "invalid_client"

    @OA21-TE-10 @MUST
    Scenario: A failed HTTP Basic client authentication gets 401 with a Basic challenge
      Given the client holds client credentials
      When the client requests a token with a wrong client secret over HTTP Basic
      Then the server answers 401 Unauthorized
      And the answer challenges the client to authenticate with Basic

  Rule: Token errors use the RFC 6749 format

    @R6749-09 @OA21-TE-09 @MUST
    Scenario: An unsupported grant type is refused with unsupported_grant_type
      Given the client holds client credentials
      When the client requests a token with the grant type "urn:example:unknown-grant"
      Then the token request is refused with the error "unsupported_grant_type" or "unauthorized_client"
