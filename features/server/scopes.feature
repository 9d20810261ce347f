@spec-2025-06-18
Feature: Scopes and 403 Forbidden
  A valid token whose scope does not cover the request is refused with 403 and an insufficient_scope challenge
  that names the scope needed, so the client can ask for it (MCP authorization "Error Handling", RFC 6750 §3.1).

  Background:
    Given the client holds an access token that lacks the scope of a privileged tool

  Rule: Insufficient scope is 403 with a challenge

    @AUTH-ERR-03 @OA21-RS-06 @AUTH-ERR-01 @OA21-RS-01 @R6749-14 @MUST
    Scenario: Calling the privileged tool without its scope is forbidden
      When the client calls the privileged tool
      Then the server answers 403 Forbidden

    @R6750-15 @SHOULD
    Scenario: The 403 challenge reports insufficient_scope and the scope needed
      When the client calls the privileged tool
      Then the challenge reports the error "insufficient_scope"
      And the challenge names the scope the request needs
