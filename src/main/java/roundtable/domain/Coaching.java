package roundtable.domain;

/** Which gentle nudge the coach gives while people write in a phase. */
public enum Coaching {
    NONE("none"),
    /** Open, probing questions rather than advice dressed up as a question. */
    QUESTIONS("questions"),
    /** Lived experience rather than instructions. */
    EXPERIENCE("experience");

    private final String id;

    Coaching(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
