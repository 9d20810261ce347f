@client @spec-2025-06-18
Feature: How a client discovers the authorization server
  Stubs play an MCP server that requires authorization and, on another origin, its authorization server (issuer
  with a path, endpoints at non-default paths). The client under test is given only the MCP server's URL; what it
  sent to each stub tells whether it discovered the authorization server the way the spec says.

  Background:
    Given an MCP server that requires authorization, with a conformant authorization server

  Rule: The client finds the authorization server through the protected resource metadata

    @AUTH-OVR-05 @MUST
    Scenario: The client follows the 401 challenge to the protected resource metadata
      When the client connects to the MCP server and lists its tools
      Then the client fetched the protected resource metadata named by the challenge
      And the client never asked the MCP server for authorization server metadata
      And the client listed the tools with an access token

    @AUTH-PRM-05 @MUST
    Scenario Outline: The client understands a 401 challenge written with <style>
      Given the protected resource metadata is only at the URL the challenge names
      And the MCP server writes its 401 challenge with <style>
      When the client connects to the MCP server and lists its tools
      Then the client fetched the protected resource metadata named by the challenge
      And the client listed the tools with an access token

      Examples:
        | style                                   |
        | a Basic challenge before the Bearer one |
        | a lowercase scheme                      |
        | resource_metadata after other parameters |
        | a quoted value containing a comma       |

    @R9728-30 @MUST
    Scenario: The client does not use protected resource metadata that describes another resource
      Given the protected resource metadata describes another resource
      When the client connects to the MCP server and lists its tools
      Then the client neither registered nor asked for authorization
      And the client asked for no token
      And the client sent no access token to the MCP server

  Rule: The client reads the authorization server metadata as RFC 8414 defines it

    @AUTH-ASM-01 @MUST
    Scenario: The client fetches the metadata of an issuer with a path at the path-inserted well-known URL
      When the client connects to the MCP server and lists its tools
      Then the client fetched the authorization server metadata at the path-inserted well-known URL first

    @AUTH-OVR-07 @MUST
    Scenario: The client uses the endpoints the metadata advertises and guesses none
      When the client connects to the MCP server and lists its tools
      Then the client used only the endpoints the authorization server metadata advertises
      And the client listed the tools with an access token

    @AUTH-ASM-01 @MUST
    Scenario: The client does not use metadata whose issuer differs from the one it asked for
      Given the authorization server metadata names a different issuer
      When the client connects to the MCP server and lists its tools
      Then the client neither registered nor asked for authorization
      And the client asked for no token
      And the client sent no access token to the MCP server
