@spec-2025-06-18
Feature: Protected resource metadata and the 401 challenge
  An MCP server that supports authorization tells clients where to get a token: it publishes OAuth 2.0
  Protected Resource Metadata (RFC 9728) and points to it from every 401 answer.

  Rule: A 401 answer names the protected resource metadata in its WWW-Authenticate challenge

    @AUTH-PRM-04 @MUST
    Scenario: A request without an access token is challenged with the metadata URL
      When a client sends an initialize request without an access token
      Then the server answers 401 Unauthorized
      And the challenge names the protected resource metadata

    @AUTH-PRM-04 @MUST
    Scenario: A request with an invalid access token is challenged with the metadata URL too
      When a client sends an initialize request with a token with a tampered signature
      Then the challenge names the protected resource metadata

    @R6750-16 @SHOULD-NOT
    Scenario: A request that carried no credentials gets no error code
      When a client sends an initialize request without an access token
      Then the challenge carries no error code

  Rule: The metadata document is served as JSON and names the authorization servers

    @AUTH-PRM-01 @R9728-15 @MUST
    Scenario: The metadata is a JSON object
      When a client fetches the protected resource metadata
      Then the metadata is a JSON object served with status 200

    @AUTH-PRM-02 @MUST
    Scenario: The metadata names at least one authorization server
      When a client fetches the protected resource metadata
      Then the metadata names at least one authorization server by its issuer URL

    @R9728-02 @MUST
    Scenario: The metadata states which resource it describes
      When a client fetches the protected resource metadata
      Then the metadata has a resource identifier

  Rule: The metadata's resource identifies this MCP server

    # RFC 9728 §3.3 wants the resource to be identical to the URL the client requested. Many deployments name
    # their origin instead, which clients accept; only a resource that does not contain the server's URL fails.
    @R9728-19 @MUST
    Scenario: The resource is the MCP server's URL or an origin or path prefix of it
      When a client fetches the protected resource metadata
      Then the metadata's resource is the MCP server's URL or a prefix of it on the same origin

    @R9728-18 @AUTH-CAN-04 @SHOULD
    Scenario: The resource is exactly the MCP server's URL
      When a client fetches the protected resource metadata
      Then the metadata's resource is exactly the MCP server's URL

    @R9728-12 @SHOULD
    Scenario: The metadata is also published at the well-known URL built from the MCP server's URL
      When a client fetches the protected resource metadata from the well-known URL of the MCP server
      Then the metadata is a JSON object served with status 200

  Rule: Resource metadata lists only the header method for bearer tokens

    @R9728-06 @SHOULD-NOT
    Scenario: The metadata does not offer the query string as a way to send tokens
      When a client fetches the protected resource metadata
      Then the metadata does not list query as a bearer method
