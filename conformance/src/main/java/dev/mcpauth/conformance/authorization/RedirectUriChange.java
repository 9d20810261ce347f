package dev.mcpauth.conformance.authorization;

/** Changes to a registered redirect URI that an exact-match comparison must notice (or, for a port, allow). */
public enum RedirectUriChange {

    PATH_ADDED("the registered one with a path added") {
        @Override
        public String apply(String registered) {
            return registered + "/extra";
        }
    },
    OTHER_HOST("another host") {
        @Override
        public String apply(String registered) {
            return "https://attacker.example/callback";
        }
    },
    QUERY_ADDED("the registered one with a query") {
        @Override
        public String apply(String registered) {
            return registered + "?next=attacker";
        }
    },
    OTHER_PORT("the registered one on another port") {
        @Override
        public String apply(String registered) {
            return registered.replaceFirst("^(http://[^/:]+):\\d+", "$1:2");
        }
    };

    public static final String PHRASES = "the registered one with a path added|another host"
            + "|the registered one with a query|the registered one on another port";

    private final String phrase;

    RedirectUriChange(String phrase) {
        this.phrase = phrase;
    }

    public abstract String apply(String registered);

    public static RedirectUriChange fromPhrase(String phrase) {
        for (RedirectUriChange change : values()) {
            if (change.phrase.equals(phrase)) {
                return change;
            }
        }
        throw new IllegalArgumentException("unknown redirect URI change: " + phrase);
    }
}
