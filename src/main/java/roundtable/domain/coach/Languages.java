package roundtable.domain.coach;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the coach reads, and the one way to find one by its code. A language the coach
 * does not know is an empty answer, never an error: the caller decides whether to fall back to
 * English or to show no coaching at all.
 */
public final class Languages {

    /** Every language the coach reads, English first (the default). */
    public static final List<Language> SUPPORTED = List.of(EnglishRules.ENGLISH, SpanishRules.SPANISH, GermanRules.GERMAN);

    /** The language of sessions and groups that name none, and of everything stored before languages existed. */
    public static final Language DEFAULT = EnglishRules.ENGLISH;

    private Languages() {
    }

    /** The codes of {@link #SUPPORTED}, in its order: {@code en, es, de}. */
    public static List<String> codes() {
        return SUPPORTED.stream().map(Language::code).toList();
    }

    /**
     * The language with this code, e.g. {@code "es"}; case and a region are ignored ({@code "de-AT"},
     * {@code "ES_mx"} find German and Spanish). Empty for null, blank or unknown codes.
     */
    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(Locale.ROOT);
        int cut = primary.indexOf('-') >= 0 ? primary.indexOf('-') : primary.indexOf('_');
        if (cut >= 0) {
            primary = primary.substring(0, cut);
        }
        for (Language language : SUPPORTED) {
            if (language.code().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
