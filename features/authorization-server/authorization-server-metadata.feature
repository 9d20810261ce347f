@authorization-server @spec-2025-06-18
Feature: Authorization server metadata
  Clients find the authorization server's endpoints and capabilities in its OAuth 2.0 Authorization Server
  Metadata (RFC 8414), read from the URL built from the issuer that the resource metadata names.

  Background:
    Given the client knows the authorization server from the resource metadata

  Rule: The authorization server publishes metadata at the RFC 8414 well-known URL

    # MCP 2025-06-18 requires RFC 8414 metadata; from 2025-11-25 an OpenID Connect configuration may take its place
    # (D1125-04), so this scenario belongs to 2025-06-18 alone and the later revisions check R8414-17 and R8414-18
    # in authorization-server-rules-2025-11-25.feature.
    @AUTH-OVR-06 @R8414-17 @R8414-18 @MUST
    Scenario: The metadata is served at the URL built from the issuer
      When the client fetches the authorization server metadata from its RFC 8414 URL
      Then the metadata is a JSON object served with status 200

    @R8414-21 @MUST
    Scenario: The metadata's issuer is identical to the issuer the resource metadata names
      When the client fetches the authorization server metadata
      Then the metadata's issuer is identical to the issuer it was fetched for

  Rule: The metadata lists what an MCP client needs

    @R8414-03 @MUST
    Scenario: The metadata names the token endpoint
      When the client fetches the authorization server metadata
      Then the metadata names the token_endpoint as an absolute URL

    @R8414-02 @MUST
    Scenario: The metadata names the authorization endpoint when the code grant is offered
      When the client fetches the authorization server metadata
      Then the metadata names the authorization_endpoint as an absolute URL unless the code grant is not offered

    @R8414-07 @MUST
    Scenario: The metadata lists the response types, including code
      When the client fetches the authorization server metadata
      Then the metadata lists code among the response_types_supported

    @OA21-AZ-08 @R8414-14 @MUST
    Scenario: The metadata advertises PKCE with S256
      When the client fetches the authorization server metadata
      Then the metadata lists S256 among the code_challenge_methods_supported

    @AUTH-DCR-02 @AUTH-OVR-02 @SHOULD
    Scenario: The authorization server offers dynamic client registration
      When the client fetches the authorization server metadata
      Then the metadata names a registration_endpoint

  Rule: RFC 8414 section 2 and 3.2: the members are well-formed

    @R8414-01 @MUST
    Scenario: The issuer is an https URL without query or fragment
      When the client fetches the authorization server metadata
      Then the metadata's issuer is an https URL without query or fragment

    @R8414-19 @MUST
    Scenario: The metadata omits members that would be empty lists
      When the client fetches the authorization server metadata
      Then the metadata is a JSON object served with status 200
      And no member of the metadata is an empty list

    @R8414-06 @SHOULD
    Scenario: The metadata lists the supported scopes
      When the client fetches the authorization server metadata
      Then the metadata lists the scopes it supports

    @R8414-11 @R8414-13 @MUST
    Scenario: JWT client authentication comes with its signing algorithms
      When the client fetches the authorization server metadata
      Then the metadata lists signing algorithms other than none for the JWT client authentication it offers
      And the same holds for the revocation and introspection endpoints

    @R8414-04 @MUST
    Scenario: The published key set is served over https and labels mixed keys
      When the client fetches the authorization server metadata
      Then the key set at jwks_uri is served over https and labels its keys when it mixes uses

    @R8414-16 @MUST
    Scenario: Signed metadata, when offered, is a signed JWT naming its issuer
      When the client fetches the authorization server metadata
      Then any signed_metadata is a signed JWT naming its issuer

    @R9068-18 @MUST
    Scenario: The RFC 8414 metadata and the OpenID Connect configuration agree
      When the client fetches both the RFC 8414 metadata and the OpenID Connect configuration
      Then both documents name the same issuer and jwks_uri

  Rule: MCP Communication Security, OAuth 2.1 section 1.5: every endpoint is served over TLS

    @AUTH-COMM-02 @OA21-TLS-01 @R6750-20 @R7591-02 @R8414-24 @MUST
    Scenario: Every endpoint the metadata names uses https
      When the client fetches the authorization server metadata
      Then every URL in the resource and authorization server metadata uses https
