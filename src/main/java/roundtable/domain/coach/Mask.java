package roundtable.domain.coach;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stretch of a sentence that does not speak for the writer — a quotation, reported speech, an
 * idiom — and is blanked out before the rules look at the sentence, so that "my manager told me to
 * just ship it" is not read as advice.
 */
public record Mask(Pattern pattern, String why) {

    public Mask {
        Objects.requireNonNull(pattern, "pattern");
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("every mask explains itself: " + pattern.pattern());
        }
    }

    public static Mask of(String regex, String why) {
        return new Mask(Pattern.compile(regex, Rule.FLAGS), why);
    }
}
