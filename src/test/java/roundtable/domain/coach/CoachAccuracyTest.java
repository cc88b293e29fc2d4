package roundtable.domain.coach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import roundtable.domain.Coaching;

/**
 * Measures each language's rules against its corpus of labelled sentences
 * (src/test/resources/coach/corpus-*.tsv): accuracy over all verdicts, and precision and recall of
 * "advice" (advice in disguise in a questions phase, advice in an experience phase), the flag a
 * facilitator sees. When a sentence is misclassified, fix the rules, not the label.
 *
 * <p>How the corpora came about, to read the figures right. Each was written and labelled by hand,
 * in our own words. A <em>blind batch</em> is a set of sentences written after the rules were
 * frozen and committed, measured once before any rule was changed for it; the figures of that
 * first measurement are the honest estimate of how the coach does on text it has not seen. Every
 * rule change since was checked against all corpora, so the figures this test prints are a fit on
 * seen text; expect unseen text to score lower, roughly like the blind figures.
 * <ul>
 *   <li><b>en</b> ({@code corpus-en.tsv}, 500 sentences): lines 2–310 were written before any rule
 *       existed; lines 311–438 and 439–501 are two blind batches, first measured at accuracy 91.4%
 *       and 87.3%, advice recall 87.3% and 76.9%, precision 100% and 95.2%.</li>
 *   <li><b>en-hard</b> ({@code corpus-en-hard.tsv}, 230): advice behind open openers, hedged
 *       advice, stories quoting advice, stories ending in advice, closed What/How-many questions,
 *       lowercase, typos, very short questions. The first 158 were written before the rules were
 *       reworked for them (the rules then in place scored 67.7%, precision 95.7%, recall 59.5%);
 *       the blind batch of 72 scored <b>accuracy 94.4%, advice precision 96.9%, recall 91.2%</b>.</li>
 *   <li><b>es</b> ({@code corpus-es.tsv}, 350): 276 written before the Spanish rules existed, then
 *       a blind batch of 74: <b>accuracy 93.2%, advice precision 100%, recall 90.6%</b>.</li>
 *   <li><b>de</b> ({@code corpus-de.tsv}, 355): 281 written before the German rules existed, then
 *       a blind batch of 74: <b>accuracy 94.6%, advice precision 100%, recall 87.5%</b>.</li>
 * </ul>
 * The blind batches are marked in each file by a comment line starting with {@code # blind}.
 */
class CoachAccuracyTest {

    static final double MIN_ACCURACY = 0.90;
    static final double MIN_PRECISION = 0.90;
    static final double MIN_RECALL = 0.90;

    private static final List<Corpus.Line> CORPUS = Corpus.read();

    /**
     * Each corpus, the language it is written in, how big it and each of its labels must at least
     * be, and how many sentences its marked blind batches must hold (the original English corpus
     * predates the markers; its blind batches are given by line numbers above).
     */
    static Stream<Arguments> corpora() {
        return Stream.of(
                Arguments.of("en", EnglishRules.ENGLISH, 500, 40, 0),
                Arguments.of("en-hard", EnglishRules.ENGLISH, 200, 25, 60),
                Arguments.of("es", SpanishRules.SPANISH, 300, 40, 60),
                Arguments.of("de", GermanRules.GERMAN, 300, 40, 60));
    }

    /** Each language with its two families of advising rules, which the guard test takes out in turn. */
    static Stream<Arguments> adviceFamilies() {
        Map<String, Function<Verdict, List<Rule>>> questionForms = Map.of(
                "en", EnglishRules::suggestionsAsQuestions,
                "es", SpanishRules::suggestionsAsQuestions,
                "de", GermanRules::suggestionsAsQuestions);
        Map<String, Function<Verdict, List<Rule>>> statements = Map.of(
                "en", EnglishRules::adviceStatements,
                "es", SpanishRules::adviceStatements,
                "de", GermanRules::adviceStatements);
        return corpora().flatMap(arguments -> {
            String corpus = (String) arguments.get()[0];
            Language language = (Language) arguments.get()[1];
            return Stream.of(
                    Arguments.of(corpus, language, "question-form suggestions", questionForms.get(language.code())),
                    Arguments.of(corpus, language, "advice statements", statements.get(language.code())));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void each_corpus_is_big_and_varied_enough_to_mean_something(String name, Language language, int minSize,
                                                                 int minPerLabel, int minBlind) {
        List<Corpus.Line> corpus = Corpus.read(name);
        Map<Verdict, Long> perLabel = corpus.stream()
                .collect(Collectors.groupingBy(Corpus.Line::label, () -> new EnumMap<>(Verdict.class),
                        Collectors.counting()));
        long questions = corpus.stream().filter(line -> line.phase() == Coaching.QUESTIONS).count();
        long experience = corpus.stream().filter(line -> line.phase() == Coaching.EXPERIENCE).count();
        long blind = corpus.stream().filter(Corpus.Line::blind).count();
        System.out.println("Coach corpus " + name + " per label: " + perLabel + " (questions " + questions
                + ", experience " + experience + ", blind " + blind + ")");
        assertTrue(corpus.size() >= minSize, name + " has " + corpus.size() + " sentences");
        assertTrue(questions >= corpus.size() / 3 && experience >= corpus.size() / 3,
                name + " is unbalanced: questions " + questions + ", experience " + experience);
        for (Verdict verdict : Verdict.values()) {
            assertTrue(perLabel.getOrDefault(verdict, 0L) >= minPerLabel, verdict + " has too few sentences: " + perLabel);
        }
        assertTrue(blind >= minBlind, name + " needs blind batches of at least " + minBlind + " sentences, has " + blind);
        long distinct = corpus.stream().map(line -> line.text().strip().toLowerCase(Locale.ROOT)).distinct().count();
        assertTrue(distinct == corpus.size(), "the corpus " + name + " has duplicate sentences");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void each_language_meets_the_accuracy_precision_and_recall_targets_on_its_corpus(String name, Language language,
                                                                                     int minSize, int minPerLabel,
                                                                                     int minBlind) {
        List<Corpus.Line> corpus = Corpus.read(name);
        Corpus.Score score = Corpus.score(language, corpus);
        System.out.println("[" + name + "] " + score.report());
        if (minBlind > 0) {
            Corpus.Score blind = Corpus.score(language,
                    corpus.stream().filter(Corpus.Line::blind).collect(Collectors.toList()));
            // Run once right after adding a blind batch, before touching a rule: that is its blind figure.
            System.out.printf("[%s] its blind batches as they score now: accuracy %.1f%%, precision %.1f%%, "
                    + "recall %.1f%%%n", name, 100 * blind.accuracy(), 100 * blind.precision(), 100 * blind.recall());
        }
        assertTrue(score.accuracy() >= MIN_ACCURACY, name + ": accuracy too low\n" + score.report());
        assertTrue(score.precision() >= MIN_PRECISION, name + ": advice precision too low\n" + score.report());
        assertTrue(score.recall() >= MIN_RECALL, name + ": advice recall too low\n" + score.report());
    }

    /**
     * Guards the test above against passing whatever the rules say: without either family of
     * advising rules (the question forms that carry a suggestion, "have you tried… / ¿por qué no…? /
     * warum nicht einfach…?", or the advising statements, "you should… / deberías… / du solltest…"),
     * a target must be missed on every corpus.
     */
    @ParameterizedTest(name = "{0} without its {2}")
    @MethodSource("adviceFamilies")
    void the_targets_catch_a_language_without_one_family_of_advice_rules(String name, Language language, String family,
                                                                         Function<Verdict, List<Rule>> rules) {
        Set<String> removed = Stream.of(Verdict.ADVICE_IN_DISGUISE, Verdict.ADVICE)
                .flatMap(verdict -> rules.apply(verdict).stream())
                .map(rule -> rule.pattern().pattern())
                .collect(Collectors.toSet());
        Language broken = without(language, removed);
        assertTrue(ruleCount(language) - ruleCount(broken) >= 10, "the " + family + " should be found in " + name);

        Corpus.Score score = Corpus.score(broken, Corpus.read(name));
        System.out.printf("[%s] without the %s: accuracy %.1f%%, precision %.1f%%, recall %.1f%%%n", name, family,
                100 * score.accuracy(), 100 * score.precision(), 100 * score.recall());

        assertFalse(score.accuracy() >= MIN_ACCURACY && score.precision() >= MIN_PRECISION
                && score.recall() >= MIN_RECALL, "dropping the " + family + " should break a target\n" + score.report());
    }

    /**
     * The original guard, kept as it was: without the question forms that carry a suggestion
     * (recognised here as the advice-in-disguise rules anchored at the start of a sentence), the
     * English targets must be missed.
     */
    @Test
    void the_targets_catch_a_rule_set_that_misses_advice_in_disguise() {
        Language english = EnglishRules.ENGLISH;
        PhaseRules questions = english.questions();
        List<Rule> broken = questions.rules().stream()
                .filter(rule -> !(rule.verdict() == Verdict.ADVICE_IN_DISGUISE && rule.pattern().pattern().startsWith("^")))
                .collect(Collectors.toList());
        assertTrue(questions.rules().size() - broken.size() >= 10, "the question-form rules should be found");
        Language withoutQuestionForms = new Language(english.code(), english.locale(), english.spellings(),
                english.masks(), english.leadIn(),
                new PhaseRules(questions.coaching(), broken, questions.precedence(), questions.fallback()),
                english.experience(), english.hints());

        Corpus.Score score = Corpus.score(withoutQuestionForms, CORPUS);
        System.out.printf("Without the question-form rules: accuracy %.1f%%, precision %.1f%%, recall %.1f%%%n",
                100 * score.accuracy(), 100 * score.precision(), 100 * score.recall());

        assertFalse(score.accuracy() >= MIN_ACCURACY && score.precision() >= MIN_PRECISION
                && score.recall() >= MIN_RECALL, "dropping the question forms should break a target\n" + score.report());
    }

    private static Language without(Language language, Set<String> patterns) {
        return new Language(language.code(), language.locale(), language.spellings(), language.masks(), language.leadIn(),
                without(language.questions(), patterns), without(language.experience(), patterns), language.hints());
    }

    private static PhaseRules without(PhaseRules rules, Set<String> patterns) {
        List<Rule> kept = rules.rules().stream()
                .filter(rule -> !patterns.contains(rule.pattern().pattern()))
                .collect(Collectors.toList());
        return new PhaseRules(rules.coaching(), kept, rules.precedence(), rules.fallback());
    }

    private static int ruleCount(Language language) {
        return language.questions().rules().size() + language.experience().rules().size();
    }
}
