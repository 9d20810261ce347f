@spec-2026-07-28
Feature: The stateless Streamable HTTP of 2026-07-28 behind the bearer-token gate
  In 2026-07-28 there is no initialize and no session: every POST states its protocol version, client capabilities
  and client identity in _meta and mirrors its method into Mcp-Method (MCP "Streamable HTTP", "Versioning",
  "server/discover"). The server verifies the token on every request (Security Best Practices, "State Handle
  Hijacking"), and validates the protocol headers with its own errors. Each malformed request below carries a
  valid access token, so that a 401 cannot hide the answer under test.

  Rule: Servers that implement authorization verify every inbound request

    @V0728-222 @SBP-03 @MUST
    Scenario Outline: A request without an access token gets 401: <request>
      When a client sends <request> of 2026-07-28 without an access token
      Then the server answers 401 Unauthorized
      And the answer carries no JSON-RPC result

      Examples:
        | request                  |
        | a tools/list request     |
        | a tool call              |
        | a server/discover request |

    @V0728-222 @SBP-03 @MUST
    Scenario: A request of 2026-07-28 with an invalid access token gets 401
      When a client sends a tool call of 2026-07-28 with a token with a tampered signature
      Then the server answers 401 Unauthorized

  Rule: A state handle is never authentication

    @V0728-223 @MUST-NOT
    Scenario: A request carrying a session id the server issued but no access token gets 401
      When a client sends a tool call of 2026-07-28 with a session id the server issued but no access token
      Then the server answers 401 Unauthorized

    @V0728-223 @MUST-NOT
    Scenario: A request carrying a made-up session id but no access token gets 401
      When a client sends a tool call of 2026-07-28 with a made-up session id but no access token
      Then the server answers 401 Unauthorized

  Rule: A server speaking only 2026-07-28 ignores session ids and issues none

    @V0728-193 @SHOULD
    Scenario: A session id on a request changes nothing
      Given the client holds a valid access token
      When the client sends a tools/list request of 2026-07-28 with its access token and a made-up session id
      Then the server answers 200 OK
      And the answer carries no session id

  Rule: Servers implement server/discover

    @V0728-207 @MUST
    Scenario: server/discover names 2026-07-28 among the supported versions
      Given the client holds a valid access token
      When the client sends a server/discover request of 2026-07-28 with its access token
      Then the discover result lists the supported versions, 2026-07-28 among them

  Rule: The server validates the protocol version, the standard headers and _meta of every request

    @MUST
    Scenario Outline: A request <fault> is refused
      Given the client holds a valid access token
      When the client sends a request of 2026-07-28 <fault>
      Then the server refuses the request without a result

      @V0728-177
      Examples: the protocol version header and _meta disagree
        | fault                                          |
        | whose _meta names another protocol version     |

      @V0728-190
      Examples: a standard header is missing
        | fault                                          |
        | without the Mcp-Method header                  |

      @V0728-188
      Examples: a standard header differs from the body
        | fault                                          |
        | whose Mcp-Method names another method          |

      @V0728-178
      Examples: the protocol version is not one the server speaks
        | fault                                          |
        | that states an unknown protocol version        |

      @V0728-197
      Examples: _meta lacks a required field
        | fault                                          |
        | whose _meta lacks the client capabilities      |

    # The refusal itself is the MUST above; a refusal with another status or error code is graded as a warning.
    @SHOULD
    Scenario Outline: The refusal of a request <fault> is 400 with the JSON-RPC error <code>
      Given the client holds a valid access token
      When the client sends a request of 2026-07-28 <fault>
      Then the request is refused with 400 and the JSON-RPC error <code>

      @V0728-177
      Examples: the protocol version header and _meta disagree
        | fault                                          | code   |
        | whose _meta names another protocol version     | -32020 |

      @V0728-190
      Examples: a standard header is missing
        | fault                                          | code   |
        | without the Mcp-Method header                  | -32020 |

      @V0728-188
      Examples: a standard header differs from the body
        | fault                                          | code   |
        | whose Mcp-Method names another method          | -32020 |

      @V0728-178
      Examples: the protocol version is not one the server speaks
        | fault                                          | code   |
        | that states an unknown protocol version        | -32022 |

      @V0728-197
      Examples: _meta lacks a required field
        | fault                                          | code   |
        | whose _meta lacks the client capabilities      | -32602 |

    @V0728-178 @MUST
    Scenario: The unsupported-version error lists the versions the server supports
      Given the client holds a valid access token
      When the client sends a request of 2026-07-28 that states an unknown protocol version
      Then an unsupported-version error lists the protocol versions the server supports

  Rule: A server speaking only 2026-07-28 answers GET and DELETE with 405

    @V0728-192 @SHOULD
    Scenario Outline: A <method> on the MCP endpoint of a server speaking only 2026-07-28 gets 405
      Given the client holds a valid access token
      When the client sends a <method> of 2026-07-28 to the MCP endpoint with its access token
      Then the server answers 405 Method Not Allowed

      Examples:
        | method |
        | GET    |
        | DELETE |
