@spec-2025-06-18
Feature: Requests without a valid access token are unauthorized
  The MCP server validates the access token before it does any work (MCP authorization "Access Token Privilege
  Restriction", "Error Handling"): a request without a token, or with a token that was altered or not signed by
  the authorization server, gets 401 and no data at all. The token travels in the Authorization header only.

  Rule: Missing or invalid authorization is 401

    @AUTH-ERR-02 @AUTH-ERR-01 @MUST
    Scenario: A request without an access token gets 401
      When a client sends a tools/list request without an access token
      Then the server answers 401 Unauthorized

    @AUTH-ERR-02 @AUTH-ERR-01 @MUST
    Scenario: A request with an invalid access token gets 401
      When a client sends a tools/list request with a token with a tampered signature
      Then the server answers 401 Unauthorized

  Rule: Unauthorized callers get no data

    @AUTH-PRIV-01 @MUST
    Scenario: A tool call without an access token gets no result
      When a client calls a tool without an access token
      Then the server answers 401 Unauthorized
      And the answer carries no JSON-RPC result

  Rule: Tokens are protected against modification

    @R6750-18 @AUTH-PRIV-02 @MUST
    Scenario Outline: A token altered after issue is refused: <forgery>
      Given the client holds a valid access token
      When a client sends a first request with <forgery>
      Then the server answers 401 Unauthorized

      Examples:
        | forgery                            |
        | a token with a tampered signature  |
        | a token whose claims were altered  |

  Rule: Only the authorization server's signature makes a JWT access token valid

    @R9068-15 @AUTH-VAL-07 @MUST
    Scenario Outline: A JWT access token the authorization server did not sign is refused: <forgery>
      Given the client holds a valid access token
      When a client sends a first request with <forgery>
      Then the server answers 401 Unauthorized

      Examples:
        | forgery                          |
        | an unsigned token                |
        | a token signed by an unknown key |

    # RFC 9068 checks are graded as SHOULD (requirements catalog 2.8): they apply only to JWT access tokens.
    @R9068-17 @SHOULD
    Scenario: A JWT that fails validation is reported as invalid_token
      Given the client holds a valid access token
      When a client sends a first request with a token signed by an unknown key
      Then the challenge reports the error "invalid_token"

  Rule: Tokens are taken from the Authorization header only

    @R6750-04 @MUST
    Scenario: A valid token inside the JSON-RPC body alone is ignored
      Given the client holds a valid access token
      When the client sends a first request with its access token in the JSON-RPC body only
      Then the server answers 401 Unauthorized

    @OA21-RS-05 @MUST-NOT
    Scenario: A valid token in the body of a GET is ignored
      Given the client holds a valid access token
      When the client sends a GET with its access token in a form body only
      Then the server answers with a client error
