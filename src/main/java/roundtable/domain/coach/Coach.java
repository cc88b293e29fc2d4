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
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\u2060\\uFEFF]+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\\u2026])\\s+");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u0060\\u00B4]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]");
    /** What a mask leaves behind: not a word, so a rule anchored at a sentence's start sees no verb. */
    private static final String BLANK = " \u2026 ";

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
        for (String sentence : sentences) {
            for (Rule rule : rules.rules()) {
                if (rule.matches(sentence)) {
                    if (best == null || rules.rank(rule.verdict()) < rules.rank(best.verdict())) {
                        best = new Assessment(rule.verdict(), Optional.of(rule), sentence);
                    }
                    break;
                }
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
        String folded = DOUBLE_QUOTES.matcher(SINGLE_QUOTES.matcher(bounded).replaceAll("'")).replaceAll("\"");
        for (String line : LINE_BREAKS.split(folded)) {
            String normal = SPACES.matcher(line).replaceAll(" ").strip().toLowerCase(language.locale());
            for (Spelling spelling : language.spellings()) {
                normal = spelling.apply(normal);
            }
            for (String raw : SENTENCE_END.split(normal)) {
                String sentence = raw;
                for (Mask mask : language.masks()) {
                    sentence = mask.pattern().matcher(sentence).replaceAll(BLANK);
                }
                sentence = SPACES.matcher(sentence).replaceAll(" ").strip();
                sentence = language.leadIn().matcher(sentence).replaceFirst("");
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
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
