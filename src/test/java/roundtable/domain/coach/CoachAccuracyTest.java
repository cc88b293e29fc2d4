package roundtable.domain.coach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import roundtable.domain.Coaching;

/**
 * Measures the English rules against a corpus of labelled sentences (src/test/resources/coach/
 * corpus-en.tsv). When a sentence is misclassified, fix the rules, not the label.
 *
 * <p>How the corpus came about, to read the figures right: lines 2–310 were written and labelled
 * before any rule existed; lines 311–438 and 439–501 are two batches written after the rules were
 * frozen and first measured blind (accuracy 91.4% and 87.3%, advice recall 87.3% and 76.9%,
 * precision 100% and 95.2%), then used to generalise the rules. The figure this test prints is
 * therefore a fit on seen text; expect unseen text to score lower.
 */
class CoachAccuracyTest {

    static final double MIN_ACCURACY = 0.90;
    static final double MIN_PRECISION = 0.90;
    static final double MIN_RECALL = 0.90;

    private static final List<Corpus.Line> CORPUS = Corpus.read();

    @Test
    void the_corpus_is_big_and_varied_enough_to_mean_something() {
        Map<Verdict, Long> perLabel = CORPUS.stream()
                .collect(Collectors.groupingBy(Corpus.Line::label, () -> new EnumMap<>(Verdict.class),
                        Collectors.counting()));
        long questions = CORPUS.stream().filter(line -> line.phase() == Coaching.QUESTIONS).count();
        long experience = CORPUS.stream().filter(line -> line.phase() == Coaching.EXPERIENCE).count();
        System.out.println("Coach corpus per label: " + perLabel + " (questions " + questions
                + ", experience " + experience + ")");
        assertTrue(questions >= 110, "questions sentences: " + questions);
        assertTrue(experience >= 110, "experience sentences: " + experience);
        for (Verdict verdict : Verdict.values()) {
            assertTrue(perLabel.getOrDefault(verdict, 0L) >= 40, verdict + " has too few sentences: " + perLabel);
        }
        long distinct = CORPUS.stream().map(line -> line.text().strip().toLowerCase()).distinct().count();
        assertTrue(distinct == CORPUS.size(), "the corpus has duplicate sentences");
    }

    @Test
    void english_rules_meet_the_accuracy_precision_and_recall_targets() {
        Corpus.Score score = Corpus.score(EnglishRules.ENGLISH, CORPUS);
        System.out.println(score.report());
        assertTrue(score.accuracy() >= MIN_ACCURACY, "accuracy too low\n" + score.report());
        assertTrue(score.precision() >= MIN_PRECISION, "advice precision too low\n" + score.report());
        assertTrue(score.recall() >= MIN_RECALL, "advice recall too low\n" + score.report());
    }

    /**
     * Guards the test above against passing whatever the rules say: without the question forms that
     * carry a suggestion ("have you tried…", "why don't you…", "wouldn't it be easier…"), the
     * targets must be missed.
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
}
