@client @spec-2025-06-18
Feature: How a client opens and uses its MCP session over Streamable HTTP
  Once authorized, the client initializes a session with the stub MCP server and lists its tools. The stub answers
  initialize with protocol version 2025-06-18, whatever the client asked for.

  Background:
    Given an MCP server that requires authorization, with a conformant authorization server

  Rule: The client speaks Streamable HTTP as the transport defines it

    @TRN-07 @MUST
    Scenario: Every POST accepts both JSON and event-stream answers
      When the client connects to the MCP server and lists its tools
      Then every POST to the MCP server accepts both JSON and event streams

    @TRN-21 @MUST
    Scenario: Every request after initialization carries the protocol version header
      When the client connects to the MCP server and lists its tools
      Then every request after initialization names the protocol version

    @TRN-22 @SHOULD
    Scenario: The protocol version header carries the negotiated version
      When the client connects to the MCP server and lists its tools
      Then that protocol version is the one the server answered with

  Rule: The client initializes the session before it uses it

    @LIF-02 @MUST
    Scenario: The initialize request names the protocol version, the capabilities and the client
      When the client connects to the MCP server and lists its tools
      Then the initialize request names a protocol version, the client's capabilities and the client

    @LIF-04 @MUST
    Scenario: The client confirms the initialization before anything else
      When the client connects to the MCP server and lists its tools
      Then the client confirmed the initialization before its other requests
