package roundtable.domain;

/** Which gentle nudge the coach gives while people write in a phase. */
public enum Coaching {
    NONE,
    /** Open, probing questions rather than advice dressed up as a question. */
    QUESTIONS,
    /** Lived experience rather than instructions. */
    EXPERIENCE;

    @Override
    public String toString() {
        return ProductName.of(this);
    }
}
