package roundtable.domain.coach;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An informal spelling folded to the one the rules are written for, e.g. "dont" to "don't" or
 * "u" to "you", applied to the lower-cased text before it is split into sentences.
 * {@code anyOf} is derived from the pattern, as for a {@link Rule}: the spelling is only applied to
 * text that contains one of those stretches (whatever is passed for it is replaced).
 */
public record Spelling(Pattern pattern, String replacement, List<String> anyOf) {

    public Spelling {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(replacement, "replacement");
        anyOf = Literals.required(pattern.pattern());
    }

    public Spelling(Pattern pattern, String replacement) {
        this(pattern, replacement, List.of());
    }

    /** A whole word, e.g. {@code of("dont", "don't")}. */
    public static Spelling of(String word, String replacement) {
        return new Spelling(Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Rule.FLAGS), replacement);
    }

    /**
     * Any stretch matching {@code regex}, e.g. {@code regex("[áà]", "a")} to fold accents, or a word
     * in a context only ({@code regex("\\bas(?= probado)", "has")}); the replacement is literal.
     */
    public static Spelling regex(String regex, String replacement) {
        return new Spelling(Pattern.compile(regex, Rule.FLAGS), replacement);
    }
}
