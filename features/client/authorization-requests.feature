@client @spec-2025-06-18
Feature: What a client puts into its authorization and token requests
  The stub authorization server approves every authorization request at once and redirects to the client's
  redirect URI with a code, the state it received and its issuer (iss, RFC 9207, which its metadata says it sends).
  The checks read the authorization and token requests.

  Background:
    Given an MCP server that requires authorization, with a conformant authorization server

  Rule: Every authorization and token request names the MCP server as the resource (RFC 8707)

    @AUTH-RES-01 @AUTH-RES-02 @AUTH-RES-03 @AUTH-RES-04 @AUTH-RES-05 @AUTH-AUD-01 @AUTH-PRIV-06 @R8707-01 @MUST
    Scenario: The authorization and token requests name the MCP server as the resource
      When the client connects to the MCP server and lists its tools
      Then every authorization request names the MCP server as the resource
      And every token request names the MCP server as the resource

    @AUTH-RES-02 @AUTH-RES-03 @MUST
    Scenario: A client with pre-registered credentials names the MCP server as the resource too
      Given the client holds pre-registered credentials for the authorization server
      When the client connects to the MCP server and lists its tools
      Then every token request names the MCP server as the resource

    @AUTH-RES-02 @MUST
    Scenario: The token requests that renew an expired token name the MCP server as the resource too
      Given the first access token expires at once
      When the client connects to the MCP server and lists its tools
      Then every token request names the MCP server as the resource
      And any refresh request presents the refresh token it was given

  Rule: The authorization code is protected by PKCE with S256

    @AUTH-PKCE-01 @MUST
    Scenario: Every authorization request carries an S256 challenge and the code is redeemed with its verifier
      When the client connects to the MCP server and lists its tools
      Then every authorization request carries a PKCE challenge with the S256 method
      And the code is redeemed with the verifier of that challenge

  Rule: The client uses and checks state

    @AUTH-REDIR-03 @SHOULD
    Scenario: Every authorization request carries an unguessable state
      When the client connects to the MCP server and lists its tools
      Then every authorization request carries an unguessable state

    @AUTH-REDIR-03 @SHOULD
    Scenario: The client discards an authorization response with a state it did not send
      Given the authorization server answers with a state the client did not send
      When the client connects to the MCP server and lists its tools
      Then the client redeemed no code from that response
      And the client sent no access token to the MCP server

  Rule: The client redeems a code only if the response comes from the authorization server it asked (RFC 9207)

    @OA21-SEC-09 @MUST
    Scenario: The client does not redeem a code from a response that names another issuer
      Given the authorization response names another issuer
      When the client connects to the MCP server and lists its tools
      Then the client redeemed no code from that response
      And the client sent no access token to the MCP server

    @OA21-SEC-09 @MUST
    Scenario: The client does not redeem a code from a response without the issuer the server said it would send
      Given the authorization response leaves out the issuer the metadata promised
      When the client connects to the MCP server and lists its tools
      Then the client redeemed no code from that response
      And the client sent no access token to the MCP server
