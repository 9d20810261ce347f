@authorization-server @spec-2025-06-18
Feature: PKCE and redirect URIs in the authorization code flow
  The authorization server enforces PKCE with S256 (OAuth 2.1 §4.1.1, §7.5.2) and redirects only to a redirect URI
  that exactly matches a registered one, with any port allowed on loopback (OAuth 2.1 §4.1.1, MCP "Open
  Redirection").

  Background:
    Given a public client registered with a loopback redirect URI
    And the authorization server approves its requests without user interaction

  Rule: PKCE is enforced

    @OA21-AZ-09 @OA21-SEC-03 @AUTH-SEC-01 @MUST
    Scenario: An authorization request without a code challenge leads to no token
      When the client sends an authorization request without a code challenge
      Then no access token can be obtained without PKCE

    @OA21-TE-14 @OA21-AZ-13 @AUTH-OVR-01 @MUST
    Scenario: A code redeemed with the wrong code verifier is refused
      When the client redeems an authorization code with a different code verifier
      Then the token request is refused with the error "invalid_grant"

    @OA21-TE-13 @MUST
    Scenario: An authorization code works only once
      When the client redeems the same authorization code twice
      Then the second token request is refused with the error "invalid_grant"

    @OA21-AZ-17 @AUTH-OVR-01 @MUST
    Scenario: A public client's authorization request without a code challenge is refused with invalid_request
      When the client sends an authorization request without a code challenge
      Then the authorization response is the error "invalid_request"

    @OA21-AZ-18 @MUST
    Scenario: An unsupported code challenge method is refused with invalid_request
      When the client sends an authorization request with the code challenge method "S512"
      Then the authorization response is the error "invalid_request"

    # Without code_challenge_method the challenge counts as "plain" (RFC 7636 section 4.3), so an S256 value sent
    # that way must not match the verifier it was computed from.
    @OA21-AZ-06 @MUST
    Scenario: An S256 challenge sent without its method is not treated as S256
      When the client sends an authorization request with an S256 code challenge but no method
      Then no access token can be obtained with the original code verifier

  Rule: Redirect URIs match exactly

    @AUTH-REDIR-02 @OA21-RED-02 @OA21-AZ-11 @AUTH-REDIR-04 @OA21-SEC-07 @AUTH-OVR-01 @MUST
    Scenario Outline: A redirect URI that is <difference> is not redirected to
      When the client sends an authorization request with the redirect URI changed to <difference>
      Then the server does not redirect to that URI

      Examples:
        | difference                          |
        | the registered one with a path added |
        | another host                        |
        | the registered one with a query     |

    @OA21-AZ-12 @OA21-SEC-10 @AUTH-SEC-01 @MUST
    Scenario: A loopback redirect URI may use another port
      When the client sends an authorization request with the redirect URI changed to the registered one on another port
      Then the server redirects there with an authorization code

  Rule: The authorization response returns state and the issuer

    @OA21-AZ-14 @MUST
    Scenario: The state is returned unchanged
      When the client sends a valid authorization request
      Then the authorization response returns the state unchanged

    @AUTH-THEFT-03 @OA21-RT-03 @MUST
    Scenario: Refresh tokens of a public client are rotated
      When the client refreshes its token with the refresh token it got
      Then the token response carries a new refresh token
      And the old refresh token no longer works
