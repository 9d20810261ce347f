@spec-2025-06-18
Feature: Token validation at the MCP endpoint
  An MCP server validates every access token (OAuth 2.1 §5.2) and accepts only tokens issued for it. A token it
  does not accept gets 401, never a result and never a server error.

  Background:
    Given the client holds a valid access token

  Rule: A valid token is accepted

    @R6750-02 @MUST
    Scenario: A request with a valid access token in the Authorization header is served
      When the client sends a first request with its access token
      Then the server answers 200 OK

    @R6750-03 @OA21-RS-04 @MUST
    Scenario: The Bearer scheme name is case-insensitive
      When the client sends a first request with its access token under the scheme name "bearer"
      Then the server answers 200 OK

  Rule: Invalid or expired tokens receive 401

    @AUTH-VAL-04 @AUTH-VAL-01 @MUST
    Scenario Outline: A request with <forgery> is refused as unauthenticated
      When a client sends a first request with <forgery>
      Then the server answers 401 Unauthorized

      Examples:
        | forgery                                 |
        | a malformed token                       |
        | a token with a tampered signature       |
        | a token without its signature           |
        | an unsigned token                       |
        | a token signed by an unknown key        |
        | a token whose claims were altered       |

    @R6750-14 @R6750-10 @SHOULD
    Scenario: The challenge for a refused token reports invalid_token
      When a client sends a first request with a token with a tampered signature
      Then the challenge reports the error "invalid_token"

  Rule: RFC 9068 section 4: a JWT access token's type, issuer and lifetime are checked, not only its signature

    # Only the authorization server can sign these: the bundled server lends its key; for another server give it
    # as a JWK file (-Dmcp.token.signing-key, test deployments only), else these scenarios are SKIPPED.
    @R9068-12 @MUST
    Scenario: A token of another type than at+jwt is refused
      When a client sends a first request with a token the authorization server signed with another type
      Then the server answers 401 Unauthorized

    @R9068-13 @MUST
    Scenario: A token naming another issuer is refused
      When a client sends a first request with a token the authorization server signed for another issuer
      Then the server answers 401 Unauthorized

    @R9068-16 @OA21-RS-01 @R6749-14 @MUST
    Scenario: An expired token is refused
      When a client sends a first request with an expired token the authorization server signed
      Then the server answers 401 Unauthorized

  Rule: Only tokens issued for this MCP server are accepted

    @AUTH-VAL-02 @AUTH-PRIV-04 @AUTH-PRIV-03 @AUTH-AUD-02 @R9068-14 @SBP-02 @OA21-SEC-02 @MUST
    Scenario: A token the authorization server issued for another resource is refused
      When the client sends a first request with a token issued for another resource
      Then the server answers 401 Unauthorized

  Rule: Tokens travel only in the Authorization header

    @OA21-RS-03 @R6750-05 @MUST
    Scenario: A valid token in the query string alone is ignored
      When the client sends a first request with its access token in the query string only
      Then the server answers 401 Unauthorized

    @AUTH-ERR-04 @R6750-13 @SHOULD
    Scenario: Malformed Bearer credentials are a bad request
      When the client sends a first request with malformed Bearer credentials
      Then the server answers 400 Bad Request
