@authorization-server @spec-2025-06-18
Feature: Authorization endpoint and code redemption
  The authorization endpoint takes GET requests for the code flow with PKCE (OAuth 2.1 section 3.1, 4.1.1), answers
  errors to a known client at its registered redirect URI and never redirects for an unknown one. Codes and refresh
  tokens are bound to the client, the redirect URI, the verifier, the scope and the resource they were issued for
  (OAuth 2.1 section 4.1.3 and 4.3, RFC 6749 section 4.1.3 and 6).

  Background:
    Given a public client registered with a loopback redirect URI
    And the authorization server approves its requests without user interaction

  Rule: OAuth 2.1 section 3.1: the endpoint takes GET, ignores unknown parameters, refuses repeated ones, no CORS

    @OA21-AZ-01 @MUST
    Scenario: A well-formed authorization request sent with GET is answered with a code
      When the client sends a well-formed authorization request with GET
      Then the authorization server redirects back with an authorization code

    @OA21-AZ-02 @MUST
    Scenario: An unknown parameter in an authorization request is ignored
      When the client sends an authorization request with an extra parameter the server does not know
      Then the authorization server redirects back with an authorization code

    @OA21-AZ-02 @MUST
    Scenario: An authorization request that repeats the client id gets no code
      When the client sends an authorization request that names the client id twice
      Then the client receives no authorization code

    @OA21-AZ-03 @MUST-NOT
    Scenario: The authorization endpoint does not allow cross-origin requests
      When a script of another origin sends a valid authorization request
      Then no answer allows cross-origin access

  Rule: OAuth 2.1 section 4.1.1 and 4.1.2.1: malformed requests get errors, unknown clients no redirect

    @OA21-AZ-04 @AUTH-OVR-01 @MUST
    Scenario: The implicit response type gets no token and no code
      When the client sends an authorization request with the response type "token"
      Then the client receives no authorization code

    @OA21-AZ-04 @AUTH-OVR-01 @MUST
    Scenario: A request without a response type gets no code
      When the client sends an authorization request without a response type
      Then the client receives no authorization code

    @OA21-AZ-05 @MUST
    Scenario: A request without a client id is not redirected
      When the client sends an authorization request without a client id
      Then the authorization server does not redirect to the client

    @OA21-RED-07 @R6749-05 @MUST-NOT
    Scenario: A request from a client the server never registered is not redirected
      When the client sends an authorization request with a client id the server never issued
      Then the authorization server does not redirect to the client

    @OA21-AZ-19 @R6749-05 @MUST
    Scenario: A redirected error has a standard code and returns the state
      When the client sends an authorization request with the response type "token"
      Then the error response carries a standard error code and the state that was sent

  Rule: RFC 8707 section 2.1: a resource the server cannot accept is answered invalid_target

    @R8707-08 @SHOULD
    Scenario: An authorization request for a resource without a scheme is answered invalid_target
      When the client sends an authorization request for the resource "mcp.example.com/mcp"
      Then the authorization response is the error "invalid_target"

  Rule: OAuth 2.1 section 4.1.2: the code challenge stays secret

    @OA21-AZ-15 @MUST
    Scenario: The code challenge is never revealed
      When the client obtains a code and redeems it
      Then neither the authorization response nor the token response reveals the code challenge

  Rule: OAuth 2.1 section 4.1.3, RFC 6749 section 4.1.3: a code is redeemed by its client, verifier and redirect URI

    @OA21-TE-12 @MUST
    Scenario: A public client's code is not redeemed without its client id
      When the client redeems an authorization code without naming its client id
      Then the redemption yields no access token

    @OA21-TE-15 @R6749-06 @OA21-AZ-13 @MUST
    Scenario: A code redeemed with a different redirect URI is refused with invalid_grant
      When the client redeems an authorization code with a different redirect URI
      Then the redemption is refused with the error "invalid_grant"

    # RFC 6749 requires the redirect URI in this token request; OAuth 2.1, which MCP builds on, dropped the parameter
    # because PKCE binds the code to its client, and keeps the RFC 6749 rule only for servers of OAuth 2.0 clients.
    # Which clients a server serves is not visible from outside, so redeeming such a code is a warning, not a failure.
    @R6749-06 @SHOULD
    Scenario: A code redeemed without the redirect URI it was issued for should be refused
      When the client redeems an authorization code without the redirect URI it authorized with
      Then the redemption yields no access token

    @R6749-11 @OA21-AZ-13 @MUST
    Scenario: A code redeemed by another client is refused with invalid_grant
      When another registered client redeems the client's authorization code
      Then the redemption is refused with the error "invalid_grant"

    @OA21-SEC-04 @SHOULD-NOT
    Scenario: A replayed code with an invalid client id does not revoke the tokens already issued
      When the client's code is replayed with a client id the server never issued
      Then the access token from the first redemption still works at the MCP server

  Rule: OAuth 2.1 section 3.2.3 and 4.3, RFC 6749 section 6: refresh tokens are bound to client, scope and resource

    @OA21-TE-07 @MUST
    Scenario: A refresh token does not yield a token for another resource
      When the client refreshes its token for another resource
      Then no token for the other resource is issued

    @OA21-RT-01 @R6749-12 @MUST
    Scenario: A refresh token used by another client is refused with invalid_grant
      When another registered client uses the client's refresh token
      Then the redemption is refused with the error "invalid_grant"

    @OA21-RT-02 @R6749-12 @MUST
    Scenario: A refresh asking for more scope than was granted gets no more
      When the client refreshes its token asking for a scope it was not granted
      Then the refreshed grant has no scope beyond the original one

    @R6749-12 @MUST
    Scenario: A tampered refresh token is refused with invalid_grant
      When the client refreshes its token with a tampered refresh token
      Then the redemption is refused with the error "invalid_grant"

    @OA21-RT-04 @MUST
    Scenario: A refresh keeps the scope of the original grant
      When the client refreshes its token
      Then the new grant has the scope of the original one
