@spec-2025-06-18
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

    @R7591-16 @MUST
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
      Then the registration is refused with the error "invalid_redirect_uri"

    @R7591-20 @MUST
    Scenario: A client for the authorization code flow must register a redirect URI
      When the client registers for the authorization code flow without a redirect URI
      Then the registration is refused with the error "invalid_redirect_uri" or "invalid_client_metadata"
