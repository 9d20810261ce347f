@spec-2025-06-18
Feature: Streamable HTTP answers to an authenticated client
  With a valid access token and its session, the MCP endpoint follows the Streamable HTTP transport of 2025-06-18:
  one endpoint for POST and GET, one JSON-RPC message per POST, answers as JSON or as an event stream in UTF-8,
  refusals as HTTP errors, and session ids that cannot be guessed.

  Background:
    Given the client has opened an MCP session with its access token

  Rule: Every JSON-RPC message is UTF-8

    @TRN-01 @MUST
    Scenario: The answer to a request is valid UTF-8
      When the client issues a tools/list request in its session
      Then the answer body is valid UTF-8

  Rule: A request is answered as JSON or as an event stream

    @TRN-11 @MUST
    Scenario: The answer to a request is application/json or text/event-stream
      When the client issues a tools/list request in its session
      Then the answer is served as application/json or text/event-stream

    @TRN-12 @SHOULD
    Scenario: An event stream carries the response and then closes
      When the client issues a tools/list request in its session
      Then an event-stream answer carries the response and closes after it

  Rule: The same endpoint answers GET with an event stream or 405

    @TRN-02 @TRN-13 @MUST
    Scenario: A GET on the MCP endpoint opens an event stream or is answered 405
      When the client opens an event stream with a GET in its session
      Then the server answers with an event stream or 405 Method Not Allowed

  Rule: Event ids are unique across the streams of a session

    # Only the ids are observable from outside; what the server sends on a GET stream is not watched here.
    @TRN-14 @MUST-NOT
    Scenario: Two answers in one session never reuse an event id
      When the client issues a tools/list request and a ping in its session
      Then no event id of the answers is used twice

  Rule: One JSON-RPC message per POST; batches are not processed

    # The MUST binds the client (2025-06-18 removed batching); a server that still answers a batch, as
    # 2025-03-26 allowed, is lenient rather than broken, so this is graded as a warning.
    @TRN-08 @SHOULD
    Scenario: A JSON-RPC batch is refused
      When the client sends a batch of two pings in its session
      Then the batch is refused and none of its requests is answered with a result

  Rule: A message the server cannot accept gets an HTTP error

    @TRN-10 @MUST
    Scenario: A notification that is not valid JSON is refused with a client error
      When the client sends a truncated notification in its session
      Then the server answers with a client error

    @TRN-10 @MAY
    Scenario: A JSON-RPC error refusing an unacceptable notification has no id
      When the client sends a truncated notification in its session
      Then a JSON-RPC error in the answer, if there is one, carries no id

  Rule: A server that uses sessions wants the session id on every request but initialize

    @TRN-18 @SHOULD
    Scenario: A request without the session id is a bad request
      When the client sends a ping with its access token but without its session id
      Then the server answers 400 Bad Request

    @TRN-19 @MUST
    Scenario: A request naming a session the server never issued gets 404
      When the client sends a ping with its access token in a session the server never issued
      Then the server answers 404 Not Found

  Rule: Session ids are unique and cannot be predicted

    @TRN-16 @SBP-05 @SBP-06 @SHOULD
    Scenario: Session ids are all different and look random
      When the client opens several more sessions with its access token
      Then the session ids are all different, long enough and show no common pattern
