@authorization-server @spec-2025-06-18
Feature: Token endpoint
  The token endpoint authenticates clients, issues tokens for the resource a client names (RFC 8707), answers
  errors in the RFC 6749 format, and never lets a response with tokens be cached.

  Background:
    Given the client holds client credentials

  Rule: Resource indicators

    @R8707-05 @SHOULD
    Scenario: A token for an unknown resource is refused with invalid_target
      When the client requests a token for the resource "https://unknown.invalid/mcp"
      Then no token is issued for that resource

    @R8707-02 @AUTH-CAN-03 @MUST
    Scenario: A resource without a scheme gets no token
      When the client requests a token for the resource "mcp.example.com/mcp"
      Then no token is issued for that resource

    @R8707-02 @AUTH-CAN-03 @MUST
    Scenario: A resource with a fragment gets no token
      When the client requests a token for the MCP server's URL with a fragment added
      Then no token is issued for that resource

    @AUTH-CAN-02 @SHOULD
    Scenario: The MCP server's URI with scheme and host in upper case is accepted as its resource
      When the client requests a token for the MCP server's URL with scheme and host in upper case
      Then the token request is not refused as an invalid target

  Rule: RFC 6749 section 3.3, RFC 8707 section 2.2: the response states a scope that differs from the request

    @R8707-10 @R6749-04 @MUST
    Scenario: A token response states the granted scope when it differs from the requested one
      When the client requests a token with a scope the authorization server supports
      Then the token response states the scope whenever the granted scope differs from the request

  Rule: Client authentication

    @OA21-CA-02 @MUST
    Scenario: A client secret sent in the form body authenticates the client
      When the client authenticates with its secret in the form body
      Then the token response has an access_token and the token_type Bearer

    @R6749-02 @MUST
    Scenario: A client secret sent with HTTP Basic authenticates the client
      When the client authenticates with HTTP Basic
      Then the token response has an access_token and the token_type Bearer

    @OA21-CA-01 @SHOULD-NOT
    Scenario: A request that authenticates the client in two ways at once is refused
      When the client authenticates with HTTP Basic and with its secret in the form at the same time
      Then no access token is issued

    @R6749-03 @SHOULD-NOT
    Scenario: Client credentials in the query string do not authenticate the client
      When the client sends its credentials in the query string of the token request
      Then no access token is issued

    @OA21-CC-02 @MUST
    Scenario: The client credentials grant without the client's secret is refused with invalid_client
      When the client requests a token naming its client id without its secret
      Then the token request is refused with the error "invalid_client"

    @OA21-CC-01 @MUST
    Scenario: A public client cannot use the client credentials grant
      When a public client asks for a token with the client credentials grant
      Then no access token is issued

    @OA21-TE-03 @OA21-TE-10 @R6749-09 @MUST
    Scenario: A wrong client secret is refused with invalid_client
      When the client requests a token with a wrong client secret
      Then the token request is refused with the error "invalid_client"

    @OA21-TE-10 @MUST
    Scenario: A failed HTTP Basic client authentication gets 401 with a Basic challenge
      When the client requests a token with a wrong client secret over HTTP Basic
      Then the refusal is 401 Unauthorized with a Basic challenge

  Rule: OAuth 2.1 section 3.2: the token endpoint takes form-encoded POST requests with one value per parameter

    @OA21-TE-01 @R6749-01 @MUST
    Scenario: The token endpoint does not issue tokens to a GET request
      When the client sends its token request with GET
      Then no access token is issued
      And the token endpoint's URL has no fragment

    @R6749-01 @MUST
    Scenario: An unknown parameter in a token request is ignored
      When the client requests a token with an extra parameter the server does not know
      Then the token response has an access_token and the token_type Bearer

    @OA21-TE-04 @MUST
    Scenario: A token request without a grant type is refused with invalid_request
      When the client sends a token request without a grant type
      Then the token request is refused with the error "invalid_request"

    # OAuth 2.1 forbids the sender to repeat a parameter and names invalid_request for such a request, but no sentence
    # makes the server refuse it; a server that takes the one value given twice grants nothing it was not asked for.
    @OA21-TE-02 @SHOULD
    Scenario: A token request that repeats a parameter should be refused with invalid_request
      When the client sends a token request that names the grant type twice
      Then the token request is refused with the error "invalid_request"

  Rule: RFC 6749 section 4.4.3: the client credentials grant gets no refresh token

    @R6749-07 @SHOULD-NOT
    Scenario: A client credentials token response carries no refresh token
      When the client requests a token with its client credentials
      Then the token response carries no refresh token

  Rule: Token errors use the RFC 6749 format

    @R6749-09 @OA21-TE-09 @MUST
    Scenario: An unsupported grant type is refused with unsupported_grant_type
      When the client requests a token with the grant type "urn:example:unknown-grant"
      Then the token request is refused with the error "unsupported_grant_type" or "unauthorized_client"
