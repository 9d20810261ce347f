@spec-2025-06-18
Feature: Sessions are never credentials
  Every request to the MCP endpoint carries the access token, also inside a session (MCP authorization "Token
  Handling"; Security Best Practices, "Session Hijacking"). A session id alone opens nothing.

  Background:
    Given the client has opened an MCP session with its access token

  Rule: Every request in a session is authenticated

    @SBP-03 @SBP-04 @MUST
    Scenario Outline: A <method> carrying the session id but no access token is refused
      When the client sends a <method> in its session without an access token
      Then the server answers 401 Unauthorized

      Examples:
        | method |
        | POST   |
        | GET    |
        | DELETE |

    @SBP-03 @SBP-04 @MUST
    Scenario: A request carrying the session id and an invalid access token is refused
      When the client sends a POST in its session with a token with a tampered signature
      Then the server answers 401 Unauthorized

  Rule: A session belongs to the client that opened it

    @SBP-07 @SHOULD
    Scenario: Another client's valid token does not give access to this session
      When another client sends a ping in this session with its own valid access token
      Then the server does not serve the request in this session
