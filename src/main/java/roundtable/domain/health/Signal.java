package roundtable.domain.health;

/**
 * Something the group may want to talk about, in plain words. Signals describe the group's
 * pattern, never a person: no name, no blame.
 *
 * @param code one of {@code replant}, {@code dominant-voices}, {@code no-follow-up},
 *             {@code no-new-insights}, {@code single-facilitator}
 */
public record Signal(String code, String message) {

    public static final String REPLANT = "replant";
    public static final String DOMINANT_VOICES = "dominant-voices";
    public static final String NO_FOLLOW_UP = "no-follow-up";
    public static final String NO_NEW_INSIGHTS = "no-new-insights";
    public static final String SINGLE_FACILITATOR = "single-facilitator";
}
