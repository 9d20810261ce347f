package dev.mcpauth.conformance.client;

import java.util.Arrays;
import java.util.List;

/** The OpenID discovery URLs an authorization server may publish its metadata at instead of the RFC 8414 one. */
public enum ServerMetadataLocation {
    OPENID_PATH_INSERTED("the OpenID discovery URL with the issuer's path inserted",
            StubDeployment.OPENID_PATH_INSERTED),
    OPENID_PATH_APPENDED("the OpenID discovery URL under the issuer's path", StubDeployment.OPENID_PATH_APPENDED);

    public static final String PHRASES = "the OpenID discovery URL with the issuer's path inserted"
            + "|the OpenID discovery URL under the issuer's path";

    private final String phrase;
    private final String path;

    ServerMetadataLocation(String phrase, String path) {
        this.phrase = phrase;
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The URLs a client tries, in order, up to and including this one. */
    public List<String> pathsUpToHere() {
        return StubDeployment.SERVER_METADATA_PATHS.subList(0,
                StubDeployment.SERVER_METADATA_PATHS.indexOf(path) + 1);
    }

    public static ServerMetadataLocation fromPhrase(String phrase) {
        return Arrays.stream(values()).filter(location -> location.phrase.equals(phrase)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metadata location \"" + phrase + "\""));
    }
}
