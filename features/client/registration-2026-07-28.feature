@client @spec-2026-07-28
Feature: What a client's registrations say, and where its credentials go (MCP 2026-07-28)
  The stub MCP server speaks 2026-07-28 and the 2025 revisions; its authorization server offers dynamic client
  registration. A client registering itself says what kind of application it is, and keeps what one authorization
  server issued to that authorization server.

  Background:
    Given an MCP server that requires authorization, with a conformant authorization server

  Rule: A client registering dynamically sends the application type that fits it (Application Type and Redirect URI Constraints)

    @V0728-103 @MUST
    Scenario: The registration names an application type
      When the client connects to the MCP server and lists its tools
      Then every registration the client sent names its application type

    @V0728-104 @SHOULD
    Scenario: A client receiving its authorization response on the loopback interface registers as a native application
      When the client connects to the MCP server and lists its tools
      Then every registration with a loopback redirect URI names the application type native

    @V0728-106 @MUST
    Scenario: A client whose redirect URIs the authorization server refuses stops after a few attempts
      Given the authorization server refuses every registration naming redirect URIs as invalid_redirect_uri
      When the client connects to the MCP server and lists its tools
      Then the client stopped after a few registration attempts, asking for no authorization without a client id

  Rule: Credentials are tied to the authorization server that issued them (Authorization Server Binding)

    @V0728-110 @MUST-NOT
    Scenario: After the server names another authorization server, the first one's credentials are not presented there
      Given the MCP server moves to another authorization server after the first token
      When the client connects to the MCP server and lists its tools
      Then the client presented none of the first authorization server's credentials to the second

    @V0728-111 @MUST
    Scenario: After the server names another authorization server, the client registers there
      Given the MCP server moves to another authorization server after the first token
      When the client connects to the MCP server and lists its tools
      Then the client registered with the second authorization server
