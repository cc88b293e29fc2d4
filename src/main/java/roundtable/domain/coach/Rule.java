package roundtable.domain.coach;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rule of the coach: if {@code pattern} is found in a normalised sentence, the sentence gets
 * {@code verdict}. {@code why} says in a few words why the pattern indicates that verdict; it is
 * shown to whoever tunes the rules and can be shown to a curious facilitator.
 *
 * <p>{@code anyOf} is derived from the pattern (see {@link Literals}): stretches of text one of
 * which every match contains, so the pattern is only searched in sentences that contain one; it
 * is empty when no such set was found, and then the pattern is always searched. Whatever is passed
 * for it is replaced; build rules with {@link #of} or the three-argument constructor.
 */
public record Rule(Verdict verdict, Pattern pattern, String why, List<String> anyOf) {

    /** Case-insensitive and Unicode-aware, like every pattern of the coach. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    public Rule {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(pattern, "pattern");
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("every rule explains itself: " + pattern.pattern());
        }
        anyOf = Literals.required(pattern.pattern());
    }

    public Rule(Verdict verdict, Pattern pattern, String why) {
        this(verdict, pattern, why, List.of());
    }

    /** A rule whose regular expression is compiled once, here. */
    public static Rule of(Verdict verdict, String regex, String why) {
        return new Rule(verdict, Pattern.compile(regex, FLAGS), why);
    }
}
