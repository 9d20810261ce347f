@client @spec-2026-07-28
Feature: How a client validates the issuer of an authorization response (MCP 2026-07-28)
  The stub authorization server approves at once and redirects to the client with a code, the state it received
  and its issuer (RFC 9207 iss). MCP 2026-07-28 has the client run the four cases of RFC 9207 §2.4 before it sends
  the code anywhere, comparing strings as they are.

  Background:
    Given an MCP server that requires authorization, with a conformant authorization server

  Rule: An issuer in the response is compared even where the metadata did not promise one (Authorization Response Validation)

    @V0728-26 @MUST
    Scenario: The client does not redeem a code from a response naming another issuer that the metadata never promised
      Given the authorization server metadata does not say that responses carry the issuer
      And the authorization response names another issuer
      When the client connects to the MCP server and lists its tools
      Then the client redeemed no code from that response

  Rule: The issuer is compared without URI normalization (Authorization Response Validation)

    @V0728-28 @MUST-NOT
    Scenario: The client does not redeem a code from a response whose issuer differs only by a trailing slash
      Given the authorization response names the issuer with a trailing slash
      When the client connects to the MCP server and lists its tools
      Then the client redeemed no code from that response
