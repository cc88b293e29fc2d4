package roundtable.domain.coach;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import roundtable.domain.Coaching;

/**
 * Everything the coach knows about one language, as data. A second language is a second instance
 * (see {@link EnglishRules#ENGLISH} for the first); {@link Coach} itself knows no words.
 *
 * @param code       a language tag, e.g. {@code "en"}
 * @param locale     for lower-casing
 * @param spellings  informal spellings folded to the ones the rules expect ("dont", "u")
 * @param masks      stretches blanked out of every sentence before the rules run
 * @param leadIn     fillers stripped from the start of a sentence ("so,", "I'm curious,") so the
 *                   rules that look at how a sentence opens see its real opening
 * @param questions  rules for a questions phase
 * @param experience rules for an experience phase
 * @param hints      one hint per verdict, at most {@link #MAX_HINT} characters, possibly empty
 * @param spellingIndex derived from the spellings so a text is only searched with those it may
 *                   contain (see {@link SearchIndex}); whatever is passed is replaced
 * @param maskIndex  the same for the masks
 */
public record Language(
        String code,
        Locale locale,
        List<Spelling> spellings,
        List<Mask> masks,
        Pattern leadIn,
        PhaseRules questions,
        PhaseRules experience,
        Map<Verdict, String> hints,
        SearchIndex spellingIndex,
        SearchIndex maskIndex) {

    public static final int MAX_HINT = 160;

    public Language {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(locale, "locale");
        spellings = List.copyOf(spellings);
        masks = List.copyOf(masks);
        Objects.requireNonNull(leadIn, "leadIn");
        if (questions.coaching() != Coaching.QUESTIONS || experience.coaching() != Coaching.EXPERIENCE) {
            throw new IllegalArgumentException("questions and experience rules are swapped");
        }
        EnumMap<Verdict, String> copy = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            String hint = hints.get(verdict);
            if (hint == null) {
                throw new IllegalArgumentException(code + " has no hint for " + verdict);
            }
            if (hint.length() > MAX_HINT) {
                throw new IllegalArgumentException(code + " hint for " + verdict + " is longer than " + MAX_HINT);
            }
            copy.put(verdict, hint);
        }
        hints = Map.copyOf(copy);
        spellingIndex = SearchIndex.ofSpellings(spellings);
        maskIndex = SearchIndex.ofMasks(masks);
    }

    public Language(String code, Locale locale, List<Spelling> spellings, List<Mask> masks, Pattern leadIn,
                    PhaseRules questions, PhaseRules experience, Map<Verdict, String> hints) {
        this(code, locale, spellings, masks, leadIn, questions, experience, hints, null, null);
    }

    /** The rules of a kind of coaching; NONE has none. */
    public PhaseRules rules(Coaching coaching) {
        switch (coaching) {
            case QUESTIONS:
                return questions;
            case EXPERIENCE:
                return experience;
            default:
                throw new IllegalArgumentException("no rules for coaching " + coaching);
        }
    }

    public String hint(Verdict verdict) {
        return hints.get(verdict);
    }
}
