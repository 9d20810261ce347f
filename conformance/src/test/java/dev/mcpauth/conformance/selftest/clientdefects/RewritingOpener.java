package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;
import java.util.function.UnaryOperator;

import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.token.AuthorizationUrlOpener;
import dev.mcpauth.client.token.HeadlessRedirectFollower;

/** Opens a rewritten authorization URL: how the test doubles make the reference client's request defective. */
final class RewritingOpener implements AuthorizationUrlOpener {

    private final UnaryOperator<String> rewrite;
    private final AuthorizationUrlOpener follower = new HeadlessRedirectFollower(Narrator.SILENT);

    RewritingOpener(UnaryOperator<String> rewrite) {
        this.rewrite = rewrite;
    }

    @Override
    public void open(URI authorizationUrl, URI redirectUri) {
        follower.open(URI.create(rewrite.apply(authorizationUrl.toString())), redirectUri);
    }

    /** The URL without one query parameter. */
    static String without(String url, String parameter) {
        return url.replaceAll("([?&])" + parameter + "=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }
}
