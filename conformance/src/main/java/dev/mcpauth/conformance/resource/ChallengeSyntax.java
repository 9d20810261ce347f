package dev.mcpauth.conformance.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A strict reading of {@code WWW-Authenticate} (RFC 9110 §11.6.1, RFC 6750 §3) that keeps what a lenient parser
 * throws away: repeated attributes, whether a value was quoted, and whether the header parsed at all.
 */
public record ChallengeSyntax(String scheme, List<Attribute> attributes) {

    /** One auth-param as written, its value unescaped. */
    public record Attribute(String name, String value, boolean quoted) {
    }

    public List<Attribute> named(String name) {
        return attributes.stream().filter(attribute -> attribute.name().equalsIgnoreCase(name)).toList();
    }

    public boolean isBearer() {
        return "Bearer".equalsIgnoreCase(scheme);
    }

    /** The challenges of all header values; an IllegalArgumentException says where a value does not parse. */
    public static List<ChallengeSyntax> parse(List<String> headerValues) {
        List<ChallengeSyntax> challenges = new ArrayList<>();
        for (String header : headerValues) {
            challenges.addAll(new Reader(header).challenges());
        }
        return challenges;
    }

    public static Optional<ChallengeSyntax> bearer(List<String> headerValues) {
        return parse(headerValues).stream().filter(ChallengeSyntax::isBearer).findFirst();
    }

    private static final class Reader {
        private static final String TCHAR = "!#$%&'*+-.^_`|~";
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        List<ChallengeSyntax> challenges() {
            List<ChallengeSyntax> challenges = new ArrayList<>();
            skipSpaceAndCommas();
            while (at < text.length()) {
                String scheme = token();
                List<Attribute> attributes = new ArrayList<>();
                skipSpace();
                while (at < text.length()) {
                    int start = at;
                    String name = token();
                    skipSpace();
                    if (at >= text.length() || text.charAt(at) != '=') {
                        at = start;
                        break;
                    }
                    at++;
                    skipSpace();
                    boolean quoted = at < text.length() && text.charAt(at) == '"';
                    attributes.add(new Attribute(name, quoted ? quotedString() : token(), quoted));
                    skipSpace();
                    if (at < text.length()) {
                        expect(',');
                        skipSpaceAndCommas();
                    }
                }
                challenges.add(new ChallengeSyntax(scheme, attributes));
            }
            return challenges;
        }

        private String token() {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) && text.charAt(at) < 128
                    || TCHAR.indexOf(text.charAt(at)) >= 0)) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("expected a token at position " + at + " of: " + text);
            }
            return text.substring(start, at);
        }

        private String quotedString() {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length() && text.charAt(at) != '"') {
                if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                    at++;
                }
                value.append(text.charAt(at++));
            }
            expect('"');
            return value.toString();
        }

        private void expect(char c) {
            if (at >= text.length() || text.charAt(at) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at position " + at + " of: " + text);
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }

        private void skipSpaceAndCommas() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == ',')) {
                at++;
            }
        }
    }
}
