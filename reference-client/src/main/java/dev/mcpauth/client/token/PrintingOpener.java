package dev.mcpauth.client.token;

import java.io.PrintStream;
import java.net.URI;

/** Prints the authorization URL for the user to open in a browser. */
public final class PrintingOpener implements AuthorizationUrlOpener {

    private final PrintStream out;

    public PrintingOpener(PrintStream out) {
        this.out = out;
    }

    @Override
    public void open(URI authorizationUrl, URI redirectUri) {
        out.println("Open this URL in a browser to authorize the client:");
        out.println("  " + authorizationUrl);
        out.println("Waiting for the answer at " + redirectUri + " ...");
    }
}
