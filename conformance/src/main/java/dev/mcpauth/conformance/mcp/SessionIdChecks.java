package dev.mcpauth.conformance.mcp;

import java.util.HashSet;
import java.util.List;

/**
 * Heuristics for session ids that cannot be guessed (Streamable HTTP "Session Management", Security Best Practices
 * "Session Hijacking"): all different, enough apparent randomness, no shared prefix such as a counter or a clock.
 */
public final class SessionIdChecks {

    /** 128 bits are asked for; a random UUID carries 122, so the threshold leaves room for version digits. */
    static final double MINIMUM_BITS = 120;

    private SessionIdChecks() {
    }

    public static void unpredictable(List<String> ids) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new AssertionError("The server handed out the same session id twice among " + ids + ". Session ids "
                    + "must be globally unique.");
        }
        for (String id : ids) {
            double bits = apparentBits(id);
            if (bits < MINIMUM_BITS) {
                throw new AssertionError("The session id \"" + id + "\" carries at most " + Math.round(bits) + " bits "
                        + "of apparent randomness; at least 128 are needed so that ids cannot be guessed.");
            }
        }
        int prefix = commonPrefix(ids);
        int shortest = ids.stream().mapToInt(String::length).min().orElse(0);
        if (ids.size() > 1 && prefix * 2 >= shortest) {
            throw new AssertionError("The session ids " + ids + " share their first " + prefix + " characters, which "
                    + "points to a counter or a timestamp rather than a secure random source.");
        }
    }

    /** Characters that vary, times the bits per character of the smallest alphabet that spells them. */
    static double apparentBits(String id) {
        String significant = id.replaceAll("[^A-Za-z0-9_+/=-]", "").replace("-", "");
        boolean hex = significant.matches("[0-9a-fA-F]*");
        boolean digits = significant.matches("[0-9]*");
        double perChar = digits ? Math.log(10) / Math.log(2) : hex ? 4 : 6;
        return significant.length() * perChar;
    }

    private static int commonPrefix(List<String> ids) {
        String first = ids.get(0);
        int length = first.length();
        for (String id : ids) {
            int i = 0;
            while (i < length && i < id.length() && id.charAt(i) == first.charAt(i)) {
                i++;
            }
            length = i;
        }
        return length;
    }
}
