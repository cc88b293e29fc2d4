package roundtable.domain.coach;

import static roundtable.domain.coach.Verdict.ADVICE;
import static roundtable.domain.coach.Verdict.ADVICE_IN_DISGUISE;
import static roundtable.domain.coach.Verdict.CLOSED_QUESTION;
import static roundtable.domain.coach.Verdict.EXPERIENCE;
import static roundtable.domain.coach.Verdict.OPEN_QUESTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import roundtable.domain.Coaching;

/**
 * How the coach reads texts in one kind of phase.
 *
 * <p>Each sentence gets the verdict of the first rule (in list order) that matches it, or none.
 * The text gets the verdict that comes first in {@code precedence} among its sentences' verdicts,
 * so one sentence of advice is enough to flag a text. A text where no rule matched gets
 * {@code fallback}: the coach gives the benefit of the doubt and never flags what it cannot
 * explain.
 *
 * <p>{@code index} is derived from the rules (see {@link SearchIndex}) so a sentence is only
 * searched with the rules that may match it; whatever is passed for it is replaced. Build with the
 * four-argument constructor.
 */
public record PhaseRules(Coaching coaching, List<Rule> rules, List<Verdict> precedence, Verdict fallback,
                         SearchIndex index) {

    public PhaseRules {
        Objects.requireNonNull(coaching, "coaching");
        rules = List.copyOf(rules);
        index = SearchIndex.of(rules);
        precedence = List.copyOf(precedence);
        Objects.requireNonNull(fallback, "fallback");
        for (Verdict verdict : Verdict.values()) {
            boolean ofThisPhase = verdict.coaching() == coaching;
            if (ofThisPhase != precedence.contains(verdict)) {
                throw new IllegalArgumentException("precedence of " + coaching + " must list exactly its verdicts");
            }
        }
        if (fallback.coaching() != coaching) {
            throw new IllegalArgumentException("fallback " + fallback + " is not a verdict of " + coaching);
        }
        for (Rule rule : rules) {
            if (rule.verdict().coaching() != coaching) {
                throw new IllegalArgumentException("rule " + rule.pattern() + " gives " + rule.verdict()
                        + ", which is not a verdict of " + coaching);
            }
        }
    }

    public PhaseRules(Coaching coaching, List<Rule> rules, List<Verdict> precedence, Verdict fallback) {
        this(coaching, rules, precedence, fallback, null);
    }

    /**
     * A questions phase as every language reads it: advice in disguise outweighs everything, and a
     * text no rule reads is an open question. After the language's own rules, a sentence that still
     * ends with a question mark asks for a confirmation; that last rule has no words in it, so it is
     * the same everywhere.
     */
    public static PhaseRules questions(List<Rule> rules) {
        List<Rule> all = new ArrayList<>(rules);
        all.add(Rule.of(CLOSED_QUESTION, "\\?$",
                "a question with neither a question word nor an invitation is a statement to confirm"));
        return new PhaseRules(Coaching.QUESTIONS, all, List.of(ADVICE_IN_DISGUISE, OPEN_QUESTION, CLOSED_QUESTION),
                OPEN_QUESTION);
    }

    /**
     * An experience phase as every language reads it: advice is looked for first, stated or put as a
     * question, so one advising sentence makes the text advice even after a story; then what marks the
     * writer's own story. A text no rule reads is experience.
     */
    public static PhaseRules experience(List<Rule> adviceStated, List<Rule> adviceAsked, List<Rule> story) {
        List<Rule> all = new ArrayList<>(adviceStated);
        all.addAll(adviceAsked);
        all.addAll(story);
        return new PhaseRules(Coaching.EXPERIENCE, all, List.of(ADVICE, EXPERIENCE), EXPERIENCE);
    }

    /** Smaller is stronger. */
    int rank(Verdict verdict) {
        return precedence.indexOf(verdict);
    }
}
