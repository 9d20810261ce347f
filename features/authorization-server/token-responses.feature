@authorization-server @spec-2025-06-18
Feature: Token responses
  Whatever grant a client uses, a token response carries the access token and its type, and forbids caching,
  since it holds credentials.

  Rule: Token responses are not cached

    @OA21-TE-06 @R6749-08 @MUST
    Scenario: A token response forbids caching
      Given the client can get tokens from the authorization server
      When the client requests a token
      Then the token response carries Cache-Control no-store

    @OA21-TE-05 @AUTH-OVR-01 @MUST
    Scenario: A token response has the access token and its type
      Given the client can get tokens from the authorization server
      When the client requests a token
      Then the token response has an access_token and the token_type Bearer
