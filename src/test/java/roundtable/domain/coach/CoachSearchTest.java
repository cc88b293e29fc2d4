package roundtable.domain.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import roundtable.domain.Coaching;

/**
 * The coach searches its rules quickly (see {@link SearchIndex}, {@link Literals}, {@link Words});
 * these tests hold it to finding exactly what a plain regex search finds, on every sentence of
 * every corpus, in every language.
 */
class CoachSearchTest {

    /** Every corpus text, and a few odd ones, to run every language on. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (String corpus : List.of("en", "en-hard", "es", "de")) {
            for (Corpus.Line line : Corpus.read(corpus)) {
                texts.add(line.text());
            }
        }
        texts.addAll(List.of("", " ", "\u00A0\u200B", "a\u2007b\u3000c\u001Cd", "Don\u2019t \u201Cjust\u201D ship it!\nOK?",
                "«No firmes»; ¿por qué no?  ¡Habla ya!", "„Mach das nicht“ — sagte er. Und dann?", "you you you should",
                "'a' 'b' \"c\" d'e", "…?!", "\t\tsigned, sealed\r\n\r\ndelivered"));
        return texts;
    }

    /** What {@link Coach#sentences} does, written plainly with one regex search per step. */
    private static List<String> plainSentences(Language language, String text) {
        Pattern spaces = Pattern.compile("[\\s\\u00A0\\u200B\\u2060\\uFEFF]+", Pattern.UNICODE_CHARACTER_CLASS);
        Pattern sentenceEnd = Pattern.compile("(?<=[.!?\\u2026])\\s+", Pattern.UNICODE_CHARACTER_CLASS);
        List<String> out = new ArrayList<>();
        String bounded = text.length() > Coach.MAX_CHARS ? text.substring(0, Coach.MAX_CHARS) : text;
        String folded = bounded.replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u0060\\u00B4]", "'")
                .replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]", "\"");
        for (String line : folded.split("[\\r\\n\\u0085\\u2028\\u2029]+")) {
            String normal = spaces.matcher(line).replaceAll(" ").strip().toLowerCase(language.locale());
            for (Spelling spelling : language.spellings()) {
                normal = spelling.pattern().matcher(normal).replaceAll(Matcher.quoteReplacement(spelling.replacement()));
            }
            for (String raw : sentenceEnd.split(normal)) {
                String sentence = raw;
                for (Mask mask : language.masks()) {
                    sentence = mask.pattern().matcher(sentence).replaceAll(Mask.BLANK);
                }
                sentence = spaces.matcher(sentence).replaceAll(" ").strip();
                sentence = language.leadIn().matcher(sentence).replaceFirst("");
                if (!sentence.isEmpty()) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    @Test
    void the_normalised_sentences_are_those_a_plain_regex_search_gives() {
        for (Language language : Languages.SUPPORTED) {
            for (String text : texts()) {
                assertEquals(plainSentences(language, text), Coach.sentences(language, text),
                        language.code() + ": " + text);
            }
        }
    }

    @Test
    void every_rule_matches_exactly_the_sentences_its_plain_pattern_matches() {
        int checked = 0;
        for (Language language : Languages.SUPPORTED) {
            Set<String> sentences = new LinkedHashSet<>();
            for (String text : texts()) {
                sentences.addAll(Coach.sentences(language, text));
            }
            for (Coaching coaching : List.of(Coaching.QUESTIONS, Coaching.EXPERIENCE)) {
                PhaseRules rules = language.rules(coaching);
                for (String sentence : sentences) {
                    boolean[] mayMatch = rules.index().mayMatch(sentence);
                    for (int i = 0; i < rules.rules().size(); i++) {
                        boolean plain = rules.rules().get(i).pattern().matcher(sentence).find();
                        boolean fast = mayMatch[i] && rules.index().find(i, sentence);
                        assertEquals(plain, fast, language.code() + " " + coaching + " rule " + i + " ("
                                + rules.rules().get(i).why() + ") on: " + sentence);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100_000, "checked " + checked);
    }

    @Test
    void a_rule_knows_some_text_every_match_of_it_contains() {
        assertEquals(Set.of("you should", "you must"), Set.copyOf(Literals.required("\\byou (?:should|must)\\b")));
        assertEquals(List.of("you "), Literals.required("\\byou (?<!if you )\\w+"));
        assertEquals(Set.of("no ", "nunca "), Set.copyOf(Literals.required("\\b(?:no|nunca) \\w+")));
        assertEquals(Set.of("don't", "dont"), Set.copyOf(Literals.required("\\bdon'?t\\b")));
        assertTrue(Literals.required("\\w+ing\\b").contains("ing"));
        assertEquals(List.of(), Literals.required("\\w+"), "nothing literal to require");
        assertEquals(List.of(), Literals.required("(?:a|\\w)b?"), "one branch requires nothing");
        assertEquals(List.of(), Literals.required("(?i)abc"), "inline flags are not analysed");
        assertEquals(Set.of("á", "à"), Set.copyOf(Literals.required("[áà]")));
        assertEquals(List.of(), Literals.required("[a-z]x?"), "a range is not a list of letters");
    }

    @Test
    void a_rule_knows_where_its_matches_can_begin() {
        assertEquals(List.of("you "), Literals.starts("\\byou (?<!if you )\\w+"));
        assertEquals(Set.of(Literals.AT_START, "¿ por que no", "¿por que no", "¡ por que no", "¡por que no"),
                Set.copyOf(Literals.starts("(?:^|[¿¡] ?)por que no\\b")));
        assertEquals(Set.of("really you", "you"), Set.copyOf(Literals.starts("(?:really )?you")));
        assertEquals(List.of(), Literals.starts("\\w+ing"), "a match may begin anywhere");
        assertEquals(Set.of("; ", ": ", ", so "), Set.copyOf(Literals.starts("(?:[;:] |, so )\\w+")));
    }

    @Test
    void a_word_list_as_a_prefix_tree_matches_the_same_texts() {
        String list = "(?:habla|hable|hablale|haz|hazlo|ve a|di|dile|do(?! you\\b)|halt(?! so\\b)|talk|tell|take)";
        String tree = Words.tree(list);
        assertFalse(tree.equals(list));
        Pattern original = Pattern.compile("^" + list + "\\b", Rule.FLAGS);
        Pattern factored = Pattern.compile("^" + tree + "\\b", Rule.FLAGS);
        for (String text : List.of("habla", "hable", "hablale", "hablal", "hab", "haz", "hazlo", "hazl", "ve a", "ve",
                "di", "dile", "dil", "do it", "do you", "halt", "halt so", "talk", "tell", "take", "tak", "takes", "",
                "x")) {
            assertEquals(original.matcher(text).find(), factored.matcher(text).find(), text);
        }
    }

    @Test
    void the_index_is_derived_whatever_is_passed_for_it() {
        PhaseRules questions = EnglishRules.ENGLISH.questions();
        PhaseRules rebuilt = new PhaseRules(questions.coaching(), questions.rules(), questions.precedence(),
                questions.fallback(), SearchIndex.of(List.of()));
        assertEquals(questions.index(), rebuilt.index());
        assertEquals(questions, rebuilt);
    }

    @Test
    void a_search_on_lower_case_text_drops_case_folding_only_when_the_pattern_has_no_capitals_of_its_own() {
        Pattern lower = SearchIndex.forLowerCase(Pattern.compile("\\bno\\W\\p{L}", Rule.FLAGS));
        assertEquals(0, lower.flags() & Pattern.CASE_INSENSITIVE);
        Pattern capital = Pattern.compile("\\bNo\\b", Rule.FLAGS);
        assertEquals(capital, SearchIndex.forLowerCase(capital));
    }
}
