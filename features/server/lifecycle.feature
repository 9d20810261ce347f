@spec-2025-06-18
Feature: The MCP lifecycle behind the bearer-token gate
  With a valid access token the MCP server runs the lifecycle of 2025-06-18: initialization comes first, the
  initialize result states the negotiated version, the server's capabilities and its identity, and the server
  keeps to what was negotiated. Without a token, initialize is refused before any lifecycle handling.

  Rule: On a server with authorization, initialize itself needs a token

    @LIF-10 @MUST
    Scenario: A first initialize without an access token gets no initialize result
      When a client sends an initialize request without an access token
      Then the server answers 401 Unauthorized
      And the answer carries no JSON-RPC result

  Rule: Initialization is the first interaction

    @LIF-01 @MUST
    Scenario: A request that belongs to no initialized session is not served
      Given the client holds a valid access token
      When the client sends a tools/list request with its access token outside an initialized session
      Then the answer carries no JSON-RPC result

  Rule: The initialize result states the protocol version, the capabilities and the server's identity

    @LIF-03 @MUST
    Scenario: The initialize result has protocolVersion, capabilities and serverInfo
      Given the client holds a valid access token
      When the client initializes asking for protocol version "2025-06-18"
      Then the initialize result states protocolVersion, capabilities and serverInfo

  Rule: Version negotiation echoes a supported version and otherwise offers another one

    @LIF-07 @MUST
    Scenario: A supported protocol version is echoed
      Given the client holds a valid access token
      When the client initializes asking for protocol version "2025-06-18"
      Then the initialize result agrees on protocol version "2025-06-18"

    @LIF-07 @MUST
    Scenario: An unknown protocol version is answered with a version the server supports or an error
      Given the client holds a valid access token
      When the client initializes asking for protocol version "2099-01-01"
      Then the server offers another protocol version or refuses the request with a JSON-RPC error

  Rule: The server uses only what was negotiated

    @LIF-09 @MUST
    Scenario: The server sends no requests for client capabilities that were not offered
      Given the client has opened an MCP session with its access token
      When the client issues a tools/list request in its session
      Then the answer carries no server request for a capability the client did not offer

  Rule: Without the protocol version header the server still serves the request

    @TRN-23 @SHOULD
    Scenario: A request in the session without MCP-Protocol-Version is served
      Given the client has opened an MCP session with its access token
      When the client sends a ping in its session without the protocol version header
      Then the server answers 200 OK
