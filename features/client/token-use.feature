@client @spec-2025-06-18
Feature: How a client presents its access token to the MCP server
  The stub MCP server serves initialize, notifications and tools/list to requests that carry an issued token.
  The checks read every request the client sent it.

  Background:
    Given an MCP server that requires authorization, with a conformant authorization server

  Rule: The token travels in the Authorization header of every request, and nowhere else

    @AUTH-TOK-01 @AUTH-TOK-02 @AUTH-TOK-03 @MUST
    Scenario: Every request to the MCP server carries the access token in the Authorization header
      When the client connects to the MCP server and lists its tools
      Then every request to the MCP server after the token was obtained carries it in the Authorization header

    @AUTH-TOK-04 @MUST-NOT
    Scenario: The access token never appears in a query string
      When the client connects to the MCP server and lists its tools
      Then no request carries the access token in the query string

    @OA21-RS-02 @MUST
    Scenario: The access token travels in one way only
      When the client connects to the MCP server and lists its tools
      Then no request carries the access token anywhere but the Authorization header
