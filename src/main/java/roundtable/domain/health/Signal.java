package roundtable.domain.health;

/**
 * Something the group may want to talk about, in plain words. Signals describe the group's
 * pattern, never a person: no name, no blame.
 *
 * @param code one of {@code replant}, {@code dominant-voices}, {@code no-follow-up},
 *             {@code no-new-insights}, {@code single-facilitator}
 * @param message the signal in English
 * @param count the number it speaks of (meetings or sessions in a row, commitments brought in), so
 *              a page can say it in its own language from the code
 */
public record Signal(String code, String message, int count) {

    public static final String REPLANT = "replant";
    public static final String DOMINANT_VOICES = "dominant-voices";
    public static final String NO_FOLLOW_UP = "no-follow-up";
    public static final String NO_NEW_INSIGHTS = "no-new-insights";
    public static final String SINGLE_FACILITATOR = "single-facilitator";
}
