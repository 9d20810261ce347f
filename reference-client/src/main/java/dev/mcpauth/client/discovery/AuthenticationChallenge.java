package dev.mcpauth.client.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One challenge of a {@code WWW-Authenticate} header (RFC 9110 §11.6.1): a scheme with either a token68 or
 * parameters. Parsing accepts what servers really send: several challenges in one header, any parameter order,
 * quoted values containing commas and escaped quotes, and schemes in any letter case.
 *
 * @param scheme     the scheme, lower-cased ({@code bearer}, {@code basic}, ...)
 * @param token68    the token68 form, or null
 * @param parameters parameter names lower-cased; values unquoted and unescaped
 */
public record AuthenticationChallenge(String scheme, String token68, Map<String, String> parameters) {

    /** The parameter's value, names compared without regard to case. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    public boolean isBearer() {
        return scheme.equals("bearer");
    }

    /** The {@code resource_metadata} URL of the first Bearer challenge among the given header values (RFC 9728 §5.1). */
    public static Optional<String> resourceMetadataUrl(List<String> headerValues) {
        return headerValues.stream().flatMap(value -> parse(value).stream())
                .filter(AuthenticationChallenge::isBearer)
                .map(challenge -> challenge.parameter("resource_metadata"))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Every challenge in one header value; malformed trailing input ends the list rather than failing. */
    public static List<AuthenticationChallenge> parse(String header) {
        return new Parser(header == null ? "" : header).challenges();
    }

    private static final class Parser {
        private final String in;
        private int pos;

        Parser(String in) {
            this.in = in;
        }

        List<AuthenticationChallenge> challenges() {
            List<AuthenticationChallenge> result = new ArrayList<>();
            while (true) {
                skipWhitespaceAndCommas();
                String scheme = token();
                if (scheme.isEmpty()) {
                    return result;
                }
                skipWhitespace();
                String token68 = token68();
                Map<String, String> parameters = new LinkedHashMap<>();
                if (token68 == null) {
                    readParameters(parameters);
                }
                result.add(new AuthenticationChallenge(scheme.toLowerCase(Locale.ROOT), token68, parameters));
            }
        }

        private void readParameters(Map<String, String> parameters) {
            while (true) {
                skipWhitespaceAndCommas();
                int start = pos;
                String name = token();
                skipWhitespace();
                if (name.isEmpty() || !peek('=')) {
                    pos = start; // the scheme of the next challenge, or the end
                    return;
                }
                pos++;
                skipWhitespace();
                String value = peek('"') ? quotedString() : token();
                parameters.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
            }
        }

        /** token68, only when it is followed by the end or a comma (otherwise it is a parameter name). */
        private String token68() {
            int start = pos;
            while (pos < in.length() && isToken68Char(in.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                return null;
            }
            while (pos < in.length() && in.charAt(pos) == '=') {
                pos++;
            }
            int end = pos;
            skipWhitespace();
            if (pos >= in.length() || in.charAt(pos) == ',') {
                return in.substring(start, end);
            }
            pos = start;
            return null;
        }

        private String quotedString() {
            StringBuilder value = new StringBuilder();
            pos++; // opening quote
            while (pos < in.length()) {
                char c = in.charAt(pos++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && pos < in.length()) {
                    c = in.charAt(pos++);
                }
                value.append(c);
            }
            return value.toString(); // unterminated: take what is there
        }

        private String token() {
            int start = pos;
            while (pos < in.length() && isTokenChar(in.charAt(pos))) {
                pos++;
            }
            return in.substring(start, pos);
        }

        private boolean peek(char c) {
            return pos < in.length() && in.charAt(pos) == c;
        }

        private void skipWhitespace() {
            while (pos < in.length() && (in.charAt(pos) == ' ' || in.charAt(pos) == '\t')) {
                pos++;
            }
        }

        private void skipWhitespaceAndCommas() {
            while (pos < in.length() && (in.charAt(pos) == ' ' || in.charAt(pos) == '\t' || in.charAt(pos) == ',')) {
                pos++;
            }
        }

        private static boolean isTokenChar(char c) {
            return c > 0x20 && c < 0x7F && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
        }

        private static boolean isToken68Char(char c) {
            return Character.isLetterOrDigit(c) && c < 0x80 || "-._~+/".indexOf(c) >= 0;
        }
    }
}
