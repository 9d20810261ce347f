package dev.mcpauth.client.cli;

/** The command line's exit codes. */
enum ExitCode {
    OK(0),
    /** The tool ran and reported an error in its result. */
    TOOL_ERROR(1),
    /** The command line is malformed, or a file it names (key, credentials) cannot be used. */
    USAGE(2),
    /** Discovery, registration, a grant, or the server's acceptance of the token failed. */
    AUTHORIZATION(3),
    /** The MCP server could not be reached or failed otherwise. */
    SERVER(4);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
