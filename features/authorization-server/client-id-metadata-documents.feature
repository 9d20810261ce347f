@authorization-server @spec-2025-11-25
Feature: Client ID metadata documents at the authorization server
  From 2025-11-25 a client may name itself by the https URL of a JSON document that describes it, instead of
  registering. An authorization server that announces client_id_metadata_document_supported fetches that document,
  trusts it only when its client_id is exactly its URL, redirects only to the redirect URIs it lists, and does not
  let such URLs reach addresses it was not told to trust. The harness serves the documents itself: on a local
  listener for the bundled server, and at -Dmcp.client.metadata.base-url for an external one.

  Background:
    Given the authorization server accepts client ID metadata documents the harness serves

  Rule: Client ID Metadata Documents: the server fetches the document and follows the draft

    @D1125-16 @MUST
    Scenario: A client named by a conforming metadata document gets an authorization code
      When a client names itself by the URL of its metadata document
      Then the authorization server redirects back to the client with a code

    @D1125-22 @SHOULD
    Scenario: The authorization server fetches the document a client names itself by
      When a client names itself by the URL of its metadata document
      Then the authorization server fetched the metadata document

  Rule: Client ID Metadata Documents: the document must be valid and name exactly its own URL

    @D1125-23 @MUST
    Scenario: A document whose client_id is not exactly its URL is refused
      When a client names itself by the URL of a metadata document whose client_id has a trailing slash added
      Then the client gets no authorization code

    @D1125-26 @MUST
    Scenario: A document that is not JSON is refused
      When a client names itself by the URL of a metadata document that is not JSON
      Then the client gets no authorization code

    @D1125-26 @MUST
    Scenario: A document without redirect URIs is refused
      When a client names itself by the URL of a metadata document without redirect_uris
      Then the client gets no authorization code

  Rule: Client ID Metadata Documents: only the redirect URIs the document lists are used

    @D1125-25 @MUST
    Scenario: A redirect URI the document does not list is not redirected to
      When a client named by its metadata document asks for a redirect URI the document does not list
      Then the authorization server does not redirect to the unlisted URI

  Rule: Client ID Metadata Document Security: fetching guards against server-side request forgery

    @D1125-43 @SHOULD
    Scenario: A document on a loopback name the server was not told to trust is not fetched
      When a client names itself by a metadata document URL on a loopback name the server was not told to trust
      Then the authorization server did not fetch the metadata document
      And the client gets no authorization code
