@authorization-server @spec-2025-06-18
Feature: Dynamic client registration
  Clients register themselves at the registration endpoint (RFC 7591): valid metadata gets a client id, invalid
  metadata gets an error that says which field is wrong.

  Background:
    Given the authorization server offers dynamic client registration

  Rule: Valid metadata is registered

    @R7591-01 @R7591-11 @MUST
    Scenario: A public client for the authorization code flow is registered
      When the client registers as a public client with a loopback redirect URI
      Then the registration is created with a client_id

    @R7591-21 @MUST-NOT
    Scenario: A public client gets no secret
      When the client registers as a public client with a loopback redirect URI
      Then the registration carries no client_secret

    @R7591-16 @R7591-05 @MUST
    Scenario: The registration response repeats the registered redirect URIs
      When the client registers as a public client with a loopback redirect URI
      Then the registration response lists the redirect URI that was registered

  Rule: Redirect URIs must be https, or http on the local machine

    @R7591-22 @AUTH-COMM-03 @MUST
    Scenario Outline: A redirect URI that is <problem> is refused
      When the client registers as a public client with the redirect URI "<redirect uri>"
      Then the registration is refused

      Examples:
        | problem                                  | redirect uri                      |
        | plain http on a remote host              | http://client.example/callback    |
        | a javascript URI                         | javascript:alert(1)               |

    # RFC 7591 defines invalid_redirect_uri for this case, but a server that answers the generic
    # invalid_client_metadata still refuses correctly, so the exact code is only a recommendation here.
    @R7591-19 @SHOULD
    Scenario: A refused redirect URI is reported as invalid_redirect_uri
      When the client registers as a public client with the redirect URI "http://client.example/callback"
      Then a refusal of the registration names the error "invalid_redirect_uri"

    @R7591-20 @MUST
    Scenario: A client for the authorization code flow must register a redirect URI
      When the client registers for the authorization code flow without a redirect URI
      Then the registration is refused with the error "invalid_redirect_uri" or "invalid_client_metadata"

  Rule: RFC 7591 section 3: registration is open and ignores what it does not understand

    @R7591-03 @SHOULD
    Scenario: A client registers without an initial access token
      When the client registers as a public client with a loopback redirect URI
      Then the registration is created with a client_id

    @R7591-04 @MUST
    Scenario: An unknown metadata field does not stop a registration
      When the client registers as a public client with an extra metadata field the server does not know
      Then the registration is created with a client_id

  Rule: RFC 7591 section 2: the registered metadata is consistent

    @R7591-08 @SHOULD
    Scenario: Grant types and response types that contradict each other are not registered as sent
      When the client registers for the authorization code grant with the response type token
      Then the registration is refused with invalid_client_metadata or its response types agree with its grant types

    @R7591-09 @MUST-NOT
    Scenario: A client is never registered with both a jwks and a jwks_uri
      When the client registers with both a jwks and a jwks_uri
      Then a registration that succeeds does not hold both key sets

  Rule: RFC 7591 section 3.2.1: each client gets its own identifier and secret

    @R7591-12 @SHOULD
    Scenario: Two registrations get two client identifiers
      When two public clients register with different redirect URIs
      Then each registration has its own client_id

    @R7591-13 @MUST
    Scenario: Two confidential clients get two secrets
      When two confidential clients register
      Then each registration has its own client_secret

    @R7591-15 @MUST
    Scenario: A client secret comes with its expiry
      When a confidential client registers
      Then the registration says when its client secret expires

    @R7591-14 @MAY
    Scenario: The time a client identifier was issued counts seconds
      When a confidential client registers
      Then any client_id_issued_at is a number of seconds close to now

  Rule: RFC 7591 section 3.2.2: errors are JSON objects with an error code

    @R7591-18 @MUST
    Scenario: A refused registration answers 400 with a JSON error object
      When the client registers as a public client with the redirect URI "javascript:alert(1)"
      Then the registration error is a JSON object with an error code

  Rule: OAuth 2.1 section 2.3: redirect URIs are absolute, without fragment, and private schemes are reverse domains

    @OA21-RED-01 @MUST
    Scenario Outline: A redirect URI that is <problem> is refused
      When the client registers as a public client with the redirect URI "<redirect uri>"
      Then the registration is refused with the error "invalid_redirect_uri" or "invalid_client_metadata"

      Examples:
        | problem                 | redirect uri                          |
        | relative                | /callback                             |
        | carrying a fragment     | https://client.example/callback#frag  |

    @OA21-RED-03 @SHOULD
    Scenario: A private-use scheme that is not a reverse domain name is refused
      When the client registers as a public client with the redirect URI "myapp:/callback"
      Then the registration is refused with the error "invalid_redirect_uri" or "invalid_client_metadata"
