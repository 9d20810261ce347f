@client @spec-2025-11-25
Feature: Discovery fallback, scope step-up and PKCE support checks a client makes (MCP 2025-11-25)
  The 2025-11-25 revision tells clients where to look for the protected resource metadata when the challenge
  names none, to look for authorization server metadata at the OpenID discovery URLs too, what to do on 403
  insufficient_scope, and to check that the authorization server supports PKCE before they start. These scenarios run with -Dmcp.spec.version=2025-11-25.

  Background:
    Given an MCP server that requires authorization, with a conformant authorization server

  Rule: Without a metadata URL in the challenge the client probes the well-known URLs in order

    @D1125-07 @MUST
    Scenario: The client tries the path-inserted well-known URL first when the challenge names no metadata URL
      Given the MCP server's 401 challenge names no metadata URL
      When the client connects to the MCP server and lists its tools
      Then the client tried the path-inserted well-known URL of the protected resource metadata first
      And the client listed the tools with an access token

  Rule: The client finds authorization server metadata that only OpenID Connect Discovery serves

    @D1125-05 @MUST
    Scenario: The client uses an authorization server that publishes only an OpenID provider configuration
      Given the authorization server publishes its metadata only at the OpenID discovery URL under the issuer's path
      When the client connects to the MCP server and lists its tools
      Then the client listed the tools with an access token

  Rule: The client tries the authorization server metadata URLs in the order the spec gives, up to the first found

    @D1125-08 @MUST
    Scenario Outline: The client looks for the metadata in order when it is only at <location>
      Given the authorization server publishes its metadata only at <location>
      When the client connects to the MCP server and lists its tools
      Then the client looked for the metadata at the well-known URLs in order up to <location>, and no further

      Examples:
        | location                                                 |
        | the OpenID discovery URL with the issuer's path inserted |
        | the OpenID discovery URL under the issuer's path         |

  Rule: On insufficient_scope the client asks again for more scope, within a limit

    @D1125-35 @SHOULD
    Scenario: The client answers insufficient_scope by asking for the scope it held plus the one named
      Given the MCP server needs more scope for listing tools than the first token has
      When the client connects to the MCP server and lists its tools
      Then the client asked again for the scope it held together with the scope the server named
      And the client listed the tools with an access token

    @D1125-36 @SHOULD
    Scenario: The client stops stepping up when the server keeps refusing
      Given the MCP server needs more scope for listing tools than any token has
      When the client connects to the MCP server and lists its tools
      Then the client gave up after a few step-up attempts

  Rule: The client refuses an authorization server that does not support PKCE

    @D1125-37 @D1125-39 @MUST
    Scenario: The client does not start authorization when the metadata lists no PKCE methods
      Given the authorization server metadata lists no PKCE methods
      When the client connects to the MCP server and lists its tools
      Then the client did not start the authorization code flow
      And the client asked for no token
      And the client sent no access token to the MCP server
