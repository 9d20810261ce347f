package dev.mcpauth.conformance.resource;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import dev.mcpauth.conformance.verdict.Findings;

/**
 * Transport security of an https URL (RFC 9728 §7.1, BCP 195): TLS 1.2 or newer and a certificate chain the
 * default trust store accepts for the host. Plain http targets (local test servers) are SKIPPED: there is no TLS.
 */
public final class TlsChecks {

    private static final List<String> ACCEPTED = List.of("TLSv1.2", "TLSv1.3");

    private TlsChecks() {
    }

    public static void modernTls(String url) {
        URI uri = URI.create(url);
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw Findings.skip(url + " is not an https URL, so there is no TLS to check (a local test server).");
        }
        int port = uri.getPort() < 0 ? 443 : uri.getPort();
        try {
            SSLSocketFactory factory = SSLContext.getDefault().getSocketFactory();
            try (SSLSocket socket = (SSLSocket) factory.createSocket(uri.getHost(), port)) {
                socket.setSoTimeout(5_000);
                var parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                String protocol = socket.getSession().getProtocol();
                if (!ACCEPTED.contains(protocol)) {
                    throw new AssertionError(url + " negotiated " + protocol + "; BCP 195 asks for TLS 1.2 or newer.");
                }
            }
        } catch (SSLHandshakeException e) {
            throw new AssertionError("The TLS handshake with " + url + " failed (" + e.getMessage() + "): an "
                    + "invalid certificate chain or an outdated protocol, which clients must refuse.");
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new AssertionError("Could not connect to " + url + " over TLS: " + e);
        }
    }
}
