@client @spec-2025-06-18
Feature: How a client gets its client identity
  The stub authorization server offers dynamic client registration (RFC 7591). A client without credentials
  should register itself; a client given pre-registered credentials should use them instead.

  Background:
    Given an MCP server that requires authorization, with a conformant authorization server

  Rule: A client without credentials registers itself

    @AUTH-OVR-03 @AUTH-DCR-01 @SHOULD
    Scenario: The client registers itself and uses the client id it was given
      When the client connects to the MCP server and lists its tools
      Then the client asked for authorization with the client id it was registered under
      And the client listed the tools with an access token

    @AUTH-REDIR-01 @MUST
    Scenario: The client registers the redirect URI it then uses
      When the client connects to the MCP server and lists its tools
      Then the client registered the redirect URI it then used, on the loopback interface

  Rule: Pre-registered credentials come first

    @AUTH-DCR-03 @SHOULD
    Scenario: A client given pre-registered credentials uses them instead of registering
      Given the client holds pre-registered credentials for the authorization server
      When the client connects to the MCP server and lists its tools
      Then the client did not register itself
      And the client authenticated with its pre-registered client id
      And the client listed the tools with an access token
