@spec-2025-06-18
Feature: Streamable HTTP transport rules an authenticated client relies on
  With a valid access token, the MCP endpoint follows the Streamable HTTP transport rules of 2025-06-18: it
  checks Origin and the protocol version header, answers notifications with 202, and forgets deleted sessions.

  Background:
    Given the client has opened an MCP session with its access token

  Rule: The server validates Origin to stop DNS rebinding

    @TRN-03 @MUST
    Scenario: A request from a foreign Origin is refused
      When the client sends a first request with its access token from the origin "https://evil.example"
      Then the server answers with a client error

  Rule: An unsupported protocol version is a bad request

    @TRN-24 @MUST
    Scenario Outline: A request with MCP-Protocol-Version <version> is refused
      When the client sends a ping in its session with the protocol version header "<version>"
      Then the server answers 400 Bad Request

      Examples:
        | version    |
        | 1999-01-01 |
        | banana     |

  Rule: Notifications are accepted without a body

    @TRN-09 @MUST
    Scenario: The initialized notification is answered 202 Accepted
      When the client sends the initialized notification in its session
      Then the server answers 202 Accepted

  Rule: A deleted session is gone

    @TRN-19 @MUST
    Scenario: A request naming a deleted session gets 404
      When the client deletes its session and then sends a ping in it
      Then the server answers 404 Not Found

  Rule: Session ids are plain visible ASCII

    @TRN-17 @MUST
    Scenario: The session id has only visible ASCII characters
      Then the session id consists of visible ASCII characters only
