package dev.mcpauth.conformance.client;

/**
 * A client the client-side scenarios run against the stub deployment: connect to the MCP server URL, get
 * authorized, initialize and list the tools. What it did is read from the stubs' request journals afterwards;
 * the outcome only serves as evidence.
 */
public interface ClientUnderTest {

    /** The system property naming an external client command; the server URL is appended as its last argument. */
    String COMMAND = "mcp.client.command";
    /** Self-tests only: a {@link ClientUnderTest} class with a no-argument constructor to run in-process instead. */
    String CLASS = "mcp.client.class";
    /** How long a client may take, in seconds, before the scenario stops waiting for it. */
    String TIMEOUT = "mcp.client.timeout";

    ClientOutcome run(ClientRun run);

    /** A short description for reports, e.g. "the reference client (in-process)". */
    String describe();

    /** The client the system properties name: an external command, a test double, else the reference client. */
    static ClientUnderTest fromSystemProperties() {
        String command = System.getProperty(COMMAND);
        if (command != null && !command.isBlank()) {
            return new ExternalClientCommand(command.trim());
        }
        String className = System.getProperty(CLASS);
        if (className != null && !className.isBlank()) {
            try {
                return (ClientUnderTest) Class.forName(className.trim()).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("-D" + CLASS + "=" + className + " is not a ClientUnderTest with a "
                        + "public no-argument constructor: " + e, e);
            }
        }
        return new ReferenceClientInProcess();
    }

    /** The time limit of one client run: {@code -Dmcp.client.timeout} seconds, default 20. */
    static java.time.Duration timeout() {
        String value = System.getProperty(TIMEOUT);
        try {
            return java.time.Duration.ofSeconds(value == null || value.isBlank() ? 20 : Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("-D" + TIMEOUT + " must be a number of seconds, not " + value, e);
        }
    }
}
