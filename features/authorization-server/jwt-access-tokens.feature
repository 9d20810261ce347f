@authorization-server @spec-2025-06-18
Feature: Access tokens in the JWT profile
  When the authorization server issues access tokens as JWTs, they follow the JWT profile for OAuth 2.0 access
  tokens (RFC 9068): typed at+jwt, signed with a published key, naming issuer, audience, subject, client, times and
  a unique identifier, each audience bound to one resource. Opaque tokens are outside the profile, so these checks
  are skipped for them. Whatever the format, access tokens live a bounded and short time (RFC 6750 section 5).

  Background:
    Given the client holds an access token from the authorization server

  Rule: RFC 9068 section 2.1: the token is typed at+jwt and signed

    @R9068-01 @MUST
    Scenario: The access token declares the at+jwt type
      When the client reads the access token
      Then the access token declares the type at+jwt

    @R9068-02 @MUST
    Scenario: The access token is signed
      When the client reads the access token
      Then the access token is signed with an algorithm other than none

    @R9068-02 @MUST
    Scenario: The access token's signature verifies with a key the authorization server publishes
      When the client reads the access token
      Then its signature verifies with a key the authorization server publishes at its jwks_uri

  Rule: RFC 9068 section 2.2: the token carries the required claims

    @R9068-03 @MUST
    Scenario: The access token names the authorization server as its issuer
      When the client reads the access token
      Then the access token's issuer is the authorization server's issuer

    @R9068-04 @MUST
    Scenario: The access token says when it expires
      When the client reads the access token
      Then the access token has an expiry after its issue time

    @R9068-05 @MUST
    Scenario: The access token names its audience
      When the client reads the access token
      Then the access token names its audience

    @R9068-06 @MUST
    Scenario: The access token names its subject
      When the client reads the access token
      Then the access token names its subject

    @R9068-07 @MUST
    Scenario: The access token names the client it was issued to
      When the client reads the access token
      Then the access token names the client that obtained it

    @R9068-08 @MUST
    Scenario: The access token says when it was issued
      When the client reads the access token
      Then the access token says when it was issued

    @R9068-09 @MUST
    Scenario: Every access token has its own identifier
      When the client obtains a second access token the same way
      Then the two access tokens have different identifiers

    @R9068-10 @SHOULD
    Scenario: An access token requested with a scope carries the scope
      When the client obtains an access token with a scope the authorization server supports
      Then the access token carries the granted scope

  Rule: RFC 9068 sections 3 and 5, RFC 8707 section 2: the audience is the requested resource

    @R9068-11 @R8707-06 @R9728-31 @SHOULD
    Scenario: A token requested for the MCP server names exactly that server as its audience
      When the client reads the access token
      Then the access token's audience is exactly the MCP server

    @R9068-19 @MUST
    Scenario: Tokens for different resources have different audiences
      When the client obtains an access token for another resource of the same authorization server
      Then the two access tokens have different audiences

    @R9068-21 @SHOULD-NOT
    Scenario: One token is not issued for two resources at once
      When the client asks for one access token for two resources
      Then no access token names both resources in its audience

  Rule: RFC 6750 section 5.2 and 5.3: access tokens are short-lived

    @R6750-19 @MUST
    Scenario: The access token's lifetime is bounded
      When the client reads how long the access token lives
      Then the access token's lifetime is bounded

    @AUTH-THEFT-02 @R6750-17 @OA21-SEC-01 @SHOULD
    Scenario: The access token lives one hour or less
      When the client reads how long the access token lives
      Then the access token lives one hour or less
