package dev.mcpauth.conformance.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides credentials before an exchange reaches a report: tokens, secrets, codes and verifiers keep only a short
 * prefix, enough to tell two of them apart, never enough to use one.
 */
public final class SecretMasking {

    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)^(authorization:\\s*\\S+\\s+)(.+)$");
    private static final Pattern JSON_SECRET = Pattern.compile(
            "(\"(?:access_token|refresh_token|client_secret|id_token|code|registration_access_token)\"\\s*:\\s*\")"
                    + "([^\"]*)(\")");
    private static final Pattern FORM_SECRET = Pattern.compile(
            "((?:^|&)(?:client_secret|refresh_token|code|code_verifier|client_assertion|token|access_token)=)"
                    + "([^&]*)");

    private SecretMasking() {
    }

    public static String header(String line) {
        Matcher matcher = AUTHORIZATION.matcher(line);
        return matcher.matches() ? matcher.group(1) + mask(matcher.group(2)) : line;
    }

    public static String body(String body) {
        if (body == null) {
            return "";
        }
        String masked = replace(JSON_SECRET.matcher(body), 2);
        return replace(FORM_SECRET.matcher(masked), 2);
    }

    public static String url(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query + 1) + replace(FORM_SECRET.matcher(url.substring(query + 1)), 2);
    }

    static String mask(String secret) {
        return secret.length() <= 6 ? "***" : secret.substring(0, 4) + "***(" + secret.length() + " chars)";
    }

    private static String replace(Matcher matcher, int group) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group(1) + mask(matcher.group(group))
                    + (matcher.groupCount() >= 3 && matcher.group(3) != null ? matcher.group(3) : "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
