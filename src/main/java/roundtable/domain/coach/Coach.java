package roundtable.domain.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import roundtable.domain.Coaching;

/**
 * The coach: reads a text someone is writing in a coached phase and says what it looks like, with a
 * hint for a rewrite. It only advises; nothing it says blocks anything.
 *
 * <p>How a text is read, whatever the language:
 * <ol>
 *   <li>Normalise: curly quotes and apostrophes folded to straight ones, each line's white space
 *       collapsed to single spaces, trimmed, lower-cased, informal spellings folded ("dont").</li>
 *   <li>Split into sentences after {@code . ! ?} and at line breaks; a sentence keeps its final
 *       punctuation, so "?" can still be seen.</li>
 *   <li>In each sentence blank out the language's masks (quotations, reported speech, idioms),
 *       then strip its lead-in fillers.</li>
 *   <li>Each sentence gets the verdict of the first matching rule of the phase; the text gets the
 *       strongest of these by the phase's precedence (advice first), else the phase's fallback.</li>
 * </ol>
 * So a story that ends with "you should try it" is advice, and a round of questions with one
 * "have you tried…?" in it is advice in disguise: one such sentence is what the facilitator would
 * pick up on, and what the hint helps rewrite.
 */
public final class Coach {

    /** Texts are read up to this many characters; cards are far shorter (see {@code Limits}). */
    public static final int MAX_CHARS = 5_000;

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

    private Coach() {
    }

    /**
     * The coach's review of {@code text} in a phase coached as {@code coaching}, in English; empty
     * for {@link Coaching#NONE} and for a text with nothing in it but (even invisible) white space.
     */
    public static Optional<Review> review(Coaching coaching, String text) {
        return review(EnglishRules.ENGLISH, coaching, text);
    }

    public static Optional<Review> review(Language language, Coaching coaching, String text) {
        return assess(language, coaching, text)
                .map(assessment -> new Review(assessment.verdict(), language.hint(assessment.verdict())));
    }

    /** Like {@link #review} but says which rule decided and on which sentence. */
    public static Optional<Assessment> assess(Language language, Coaching coaching, String text) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(coaching, "coaching");
        if (coaching == Coaching.NONE || text == null) {
            return Optional.empty();
        }
        List<String> sentences = sentences(language, text);
        PhaseRules rules = language.rules(coaching);
        if (sentences.isEmpty()) {
            // Only fillers ("Okay!") still deserve an answer: the benefit of the doubt. Only blanks do not.
            boolean saysSomething = text.codePoints().anyMatch(Character::isLetterOrDigit);
            return saysSomething ? Optional.of(new Assessment(rules.fallback(), Optional.empty(), "")) : Optional.empty();
        }
        Assessment best = null;
        List<Rule> ordered = rules.rules();
        for (String sentence : sentences) {
            boolean[] mayMatch = rules.index().mayMatch(sentence);
            for (int i = 0; i < ordered.size(); i++) {
                Rule rule = ordered.get(i);
                if (mayMatch[i] && rules.index().find(i, sentence)) {
                    if (best == null || rules.rank(rule.verdict()) < rules.rank(best.verdict())) {
                        best = new Assessment(rule.verdict(), Optional.of(rule), sentence);
                    }
                    break;
                }
            }
            if (best != null && rules.rank(best.verdict()) == 0) {
                break;
            }
        }
        if (best == null) {
            best = new Assessment(rules.fallback(), Optional.empty(), "");
        }
        return Optional.of(best);
    }

    /** The normalised, masked sentences of {@code text} as the rules see them. */
    public static List<String> sentences(Language language, String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String folded = foldQuotes(bounded);
        String[] lines = hasLineBreak(folded) ? LINE_BREAKS.split(folded) : new String[] {folded};
        for (String line : lines) {
            String normal = collapseSpaces(line).strip().toLowerCase(language.locale());
            normal = language.spellingIndex().replaceEach(normal);
            for (String raw : splitSentences(normal)) {
                String sentence = language.maskIndex().replaceEach(raw);
                sentence = collapseSpaces(sentence).strip();
                sentence = language.leadIn().matcher(sentence).replaceFirst("");
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /* The steps below avoid a regex search where a glance at the characters shows there is nothing to
       do: a review runs as people type, and should take microseconds. */

    /** Curly and other look-alike quotes folded to ' and ". */
    static String foldQuotes(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char straight = straightQuote(c);
            if (straight != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = straight;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char straightQuote(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u0060': case '\u00B4':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB': case '\u00BB':
                return '"';
            default:
                return c;
        }
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * Every run of (even invisible) white space as one space (what the regex
     * {@code [\s\u00A0\u200B\u2060\uFEFF]+} with Unicode classes finds); the text itself when there
     * is nothing to fold.
     */
    static String collapseSpaces(String text) {
        StringBuilder out = null;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (out == null && (inSpace || c != ' ')) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                    if (!inSpace) {
                        out.append(' ');
                    }
                } else if (out != null && !inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                if (out != null) {
                    out.append(c);
                }
                inSpace = false;
            }
        }
        return out == null ? text : out.toString();
    }

    /** Unicode white space (the White_Space property), and the invisible zero-width spaces. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        if (c < '\u0085') {
            return false;
        }
        return c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200B') || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u2060' || c == '\uFEFF';
    }

    /** Splits after . ! ? or … followed by a space (spaces are collapsed by then), keeping the mark. */
    private static List<String> splitSentences(String text) {
        List<String> parts = new ArrayList<>(2);
        int start = 0;
        for (int i = 1; i < text.length(); i++) {
            char previous = text.charAt(i - 1);
            if (text.charAt(i) == ' ' && (previous == '.' || previous == '!' || previous == '?' || previous == '\u2026')) {
                parts.add(text.substring(start, i));
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                start = i;
            }
        }
        if (start < text.length() || parts.isEmpty()) {
            parts.add(text.substring(start));
        }
        return parts;
    }

    /**
     * Why a text got its verdict: the rule that decided (empty when no rule matched and the phase's
     * fallback applied) and the normalised sentence it matched.
     */
    public record Assessment(Verdict verdict, Optional<Rule> rule, String sentence) {

        public Assessment {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(rule, "rule");
            sentence = sentence == null ? "" : sentence;
        }

        public String because() {
            return rule.map(Rule::why).orElse("no rule matched; the phase's benefit of the doubt");
        }
    }
}
