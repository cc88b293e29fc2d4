package roundtable.domain.coach;

import java.util.Objects;

/**
 * What the coach tells the writer: a verdict and a short hint (a suggested rewrite for the verdicts
 * that ask for one, a word of encouragement or nothing for the others). Never a refusal.
 */
public record Review(Verdict verdict, String hint) {

    public Review {
        Objects.requireNonNull(verdict, "verdict");
        hint = hint == null ? "" : hint;
    }

    /** Whether the facilitator should see this review as a flag. */
    public boolean isFlag() {
        return verdict.isFlag();
    }
}
