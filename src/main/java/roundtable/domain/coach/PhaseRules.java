package roundtable.domain.coach;

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

    /** Smaller is stronger. */
    int rank(Verdict verdict) {
        return precedence.indexOf(verdict);
    }
}
