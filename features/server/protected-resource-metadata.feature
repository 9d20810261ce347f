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
