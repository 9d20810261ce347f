@spec-2025-06-18
Feature: The Bearer challenge is well-formed
  Every WWW-Authenticate challenge of the MCP server follows RFC 6750 §3: the Bearer scheme with at least one
  attribute, no attribute given twice, and attribute values within their character sets. Whether a challenge is
  present at all is checked by R6750-06 (and AUTH-PRM-04 in 2025-06-18); these checks are SKIPPED when there is none.

  Rule: A challenge is Bearer followed by at least one attribute

    @R6750-07 @MUST
    Scenario Outline: The challenge to a request <request> has the Bearer scheme and an attribute
      When a client sends a first request <request>
      Then the challenge is a Bearer challenge with at least one attribute

      Examples:
        | request                              |
        | without an access token              |
        | with a token with a tampered signature |

  Rule: No attribute is repeated

    @OA21-RS-07 @MUST
    Scenario Outline: The challenge to a request <request> repeats no attribute
      When a client sends a first request <request>
      Then the challenge repeats no attribute

      Examples:
        | request                              |
        | without an access token              |
        | with a token with a tampered signature |

    @R6750-08 @MUST-NOT
    Scenario Outline: The challenge to a request <request> gives the realm at most once
      When a client sends a first request <request>
      Then the challenge gives the realm at most once

      Examples:
        | request                              |
        | without an access token              |
        | with a token with a tampered signature |

  Rule: Scope and error attributes keep to their character sets

    @R6750-09 @MUST-NOT
    Scenario: The scope in a challenge is given once, as space-separated scope tokens
      When a client sends a first request without an access token
      Then the challenge gives the scope at most once, as space-separated scope tokens

    @R6750-11 @MUST-NOT
    Scenario: The error attributes of a challenge are given once each, within their character sets
      When a client sends a first request with a token with a tampered signature
      Then the challenge gives error, error_description and error_uri at most once each, within their character sets

  Rule: The error code matches the status

    @OA21-RS-08 @SHOULD
    Scenario: The error code of the challenge to an invalid token matches the HTTP status
      When a client sends a first request with a token with a tampered signature
      Then the challenge's error code matches the HTTP status

    @OA21-RS-08 @SHOULD
    Scenario: The error code of the challenge to malformed credentials matches the HTTP status
      When the client sends a first request with malformed Bearer credentials
      Then the challenge's error code matches the HTTP status
