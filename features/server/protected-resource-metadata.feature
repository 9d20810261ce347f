@spec-2025-06-18
Feature: Protected resource metadata and the 401 challenge
  An MCP server that supports authorization tells clients where to get a token: it publishes OAuth 2.0
  Protected Resource Metadata (RFC 9728) and points to it from every 401 answer.

  Rule: A 401 answer names the protected resource metadata in its WWW-Authenticate challenge

    @AUTH-PRM-04 @R9728-22 @R9728-23 @R6750-06 @MUST
    Scenario: A request without an access token is challenged with the metadata URL
      When a client sends a first request without an access token
      Then the server answers 401 Unauthorized
      And the challenge names the protected resource metadata

    @AUTH-PRM-04 @R9728-22 @R9728-23 @R6750-06 @MUST
    Scenario: A request with an invalid access token is challenged with the metadata URL too
      When a client sends a first request with a token with a tampered signature
      Then the challenge names the protected resource metadata

    @R6750-16 @SHOULD-NOT
    Scenario: A request that carried no credentials gets no error code
      When a client sends a first request without an access token
      Then the challenge carries no error code

  Rule: The metadata document is served as JSON and names the authorization servers

    @AUTH-PRM-01 @R9728-15 @AUTH-OVR-04 @MUST
    Scenario: The metadata is a JSON object
      When a client fetches the protected resource metadata
      Then the metadata is a JSON object served with status 200

    @AUTH-PRM-02 @R9728-03 @AUTH-OVR-04 @MUST
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

    # Grading policy (requirements catalog 6.2 #3): metadata found only through the challenge URL is a warning.
    @R9728-12 @R9728-14 @SHOULD
    Scenario: The metadata is also published at the well-known URL built from the MCP server's URL
      When a client fetches the protected resource metadata from the well-known URL of the MCP server
      Then the metadata is a JSON object served with status 200

  Rule: Resource metadata lists only the header method for bearer tokens

    @R9728-06 @SHOULD-NOT
    Scenario: The metadata does not offer the query string as a way to send tokens
      When a client fetches the protected resource metadata
      Then the metadata does not list query as a bearer method

  Rule: The resource identifier is an https URL without fragment

    # Loopback test servers may use http; any other host must use https.
    @R9728-01 @MUST
    Scenario: The resource is an https URL without a fragment
      When a client fetches the protected resource metadata
      Then the metadata's resource is an https URL without a fragment

    @R9728-01 @SHOULD
    Scenario: The resource has no query component
      When a client fetches the protected resource metadata
      Then the metadata's resource has no query component

  Rule: Multi-valued members are non-empty JSON arrays

    @R9728-16 @MUST
    Scenario: Multi-valued members are JSON arrays and none is empty
      When a client fetches the protected resource metadata
      Then every multi-valued member of the metadata is a non-empty JSON array

    @R9728-05 @SHOULD
    Scenario: The metadata lists the scopes the resource understands
      When a client fetches the protected resource metadata
      Then the metadata lists its scopes in scopes_supported

    @R9728-08 @SHOULD
    Scenario: The metadata gives a human-readable resource name
      When a client fetches the protected resource metadata
      Then the metadata gives a resource_name

  Rule: Optional signing members are sound when present

    @R9728-04 @MUST
    Scenario: A jwks_uri in the metadata uses https and labels keys of mixed use
      When a client fetches the protected resource metadata
      Then any jwks_uri of the metadata uses https and every key of a mixed-use key set says its use

    @R9728-07 @MUST-NOT
    Scenario: The metadata never offers none as a resource signing algorithm
      When a client fetches the protected resource metadata
      Then any resource_signing_alg_values_supported of the metadata leaves out none

    @R9728-11 @MUST
    Scenario: Signed metadata is a signed JWT with an issuer and no nested signed metadata
      When a client fetches the protected resource metadata
      Then any signed_metadata of the metadata is a signed JWT with an iss claim and no nested signed_metadata

  Rule: OAuth URLs use TLS

    # Loopback hosts are the only place where http is allowed, so local test servers conform.
    @AUTH-COMM-01 @MUST
    Scenario: Every OAuth URL the metadata documents publish uses https
      When a client discovers the resource and authorization server metadata
      Then every URL in both metadata documents uses https unless it points to a loopback host

  Rule: The metadata and the MCP endpoint are served with current TLS

    # SKIPPED for plain http targets: local test servers have no TLS to check.
    @R9728-28 @MUST
    Scenario: The MCP endpoint and its metadata use TLS 1.2 or newer with a valid certificate
      When a client connects to the MCP endpoint and its resource metadata URL
      Then both are served with TLS 1.2 or newer and a certificate the client can verify
