package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;
import java.util.function.UnaryOperator;

import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.token.AuthorizationUrlOpener;
import dev.mcpauth.client.token.HeadlessRedirectFollower;

/** Opens a rewritten authorization URL: how the test doubles make the reference client's request defective. */
final class RewritingOpener implements AuthorizationUrlOpener {

    private final UnaryOperator<String> rewrite;
    private final AuthorizationUrlOpener follower;

    RewritingOpener(UnaryOperator<String> rewrite) {
        this(rewrite, new HeadlessRedirectFollower(Narrator.SILENT));
    }

    /** Hands the rewritten URL to {@code follower} instead of following it headlessly as it is. */
    RewritingOpener(UnaryOperator<String> rewrite, AuthorizationUrlOpener follower) {
        this.rewrite = rewrite;
        this.follower = follower;
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
