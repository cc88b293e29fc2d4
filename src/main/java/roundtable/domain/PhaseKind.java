package roundtable.domain;

/** What a phase is for, independent of what a protocol calls it. Recaps and the coach group by it. */
public enum PhaseKind {
    CHECK_IN("check-in"),
    ACCOUNTABILITY("accountability"),
    PRESENTATION("presentation"),
    QUESTIONS("questions"),
    EXPERIENCE("experience"),
    COMMITMENT("commitment"),
    CHECK_OUT("check-out");

    private final String id;

    PhaseKind(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
