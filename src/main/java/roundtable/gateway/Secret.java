package roundtable.gateway;

/**
 * The kinds of secret a client presents. Failed uses are counted per address and per kind, so that
 * someone clicking a dead recap link over and over never stops the same address (a whole office
 * behind one proxy, say) from joining a session or reconnecting to it.
 */
enum Secret {
    SESSION_TOKEN("session tokens"),
    INVITE_CODE("invite codes"),
    MEMBER_TOKEN("member tokens"),
    GROUP_INVITE("group invite codes"),
    RECAP_LINK("recap links");

    private final String plural;

    Secret(String plural) {
        this.plural = plural;
    }

    /** How the kind is named in metrics: "recap-link". */
    String label() {
        return name().toLowerCase().replace('_', '-');
    }

    /** How the kind is named in a message: "recap links". */
    String plural() {
        return plural;
    }
}
