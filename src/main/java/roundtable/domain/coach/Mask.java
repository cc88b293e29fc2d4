package roundtable.domain.coach;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stretch of a sentence that does not speak for the writer — a quotation, reported speech, an
 * idiom — and is blanked out before the rules look at the sentence, so that "my manager told me to
 * just ship it" is not read as advice. {@code anyOf} is derived from the pattern, as for a
 * {@link Rule}: the mask is only applied to text that contains one of those stretches (whatever is
 * passed for it is replaced).
 */
public record Mask(Pattern pattern, String why, List<String> anyOf) {

    /** What a mask leaves behind: not a word, so a rule anchored at a sentence's start sees no verb. */
    static final String BLANK = " \u2026 ";

    public Mask {
        Objects.requireNonNull(pattern, "pattern");
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("every mask explains itself: " + pattern.pattern());
        }
        anyOf = Literals.required(pattern.pattern());
    }

    public Mask(Pattern pattern, String why) {
        this(pattern, why, List.of());
    }

    public static Mask of(String regex, String why) {
        return new Mask(Pattern.compile(regex, Rule.FLAGS), why);
    }
}
