@client @spec-2025-11-25
Feature: How a client names itself with a client ID metadata document (MCP 2025-11-25)
  The 2025-11-25 revision lets a client use the HTTPS URL of a document describing it as its client id, at
  authorization servers that say they accept such ids, and asks clients to prefer pre-registered credentials,
  then that document, then dynamic registration. Here the client is told it has a metadata document at
  https://conformance-test.local/client-metadata.json, the URL the official MCP conformance suite uses (an external
  client also finds it as client_metadata_url in MCP_CONFORMANCE_CONTEXT). The stub authorization server offers
  dynamic registration as well. These scenarios run with -Dmcp.spec.version=2025-11-25.

  Background:
    Given an MCP server that requires authorization, with a conformant authorization server
    And the client has a client ID metadata document

  Rule: Where the authorization server accepts metadata documents, the client uses one instead of registering

    @D1125-02 @D1125-15 @SHOULD
    Scenario: The client names itself by the URL of its metadata document and does not register
      Given the authorization server supports client ID metadata documents
      When the client connects to the MCP server and lists its tools
      Then the client did not register itself
      And the client asked for authorization with the URL of its metadata document as client id
      And the client redeemed the code as a public client named by that URL
      And the client listed the tools with an access token

  Rule: The client checks that the authorization server accepts metadata documents before it uses one

    @D1125-28 @SHOULD
    Scenario: The client registers itself at an authorization server that does not accept metadata documents
      When the client connects to the MCP server and lists its tools
      Then the client never presented the URL of its metadata document as client id
      And the client asked for authorization with the client id it was registered under
      And the client listed the tools with an access token

  Rule: Pre-registered credentials come before the metadata document

    @D1125-15 @SHOULD
    Scenario: A client with pre-registered credentials uses them even where metadata documents are accepted
      Given the authorization server supports client ID metadata documents
      And the client holds pre-registered credentials for the authorization server
      When the client connects to the MCP server and lists its tools
      Then the client did not register itself
      And the client never presented the URL of its metadata document as client id
      And the client authenticated with its pre-registered client id

  Rule: A client id URL is https and has a path

    @D1125-18 @MUST
    Scenario: The client does not present a plain http URL as its client id
      Given the authorization server supports client ID metadata documents
      And the client's metadata document is at a plain http URL
      When the client connects to the MCP server and lists its tools
      Then the client never presented the URL of its metadata document as client id
