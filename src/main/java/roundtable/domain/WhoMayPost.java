package roundtable.domain;

/** Who may put a card on the board during a phase. */
public enum WhoMayPost {
    ALL,
    /** Only the person who brought the issue, e.g. while framing it. */
    PRESENTER,
    /** Everyone but the presenter, e.g. while questioning them. */
    OTHERS;

    @Override
    public String toString() {
        return ProductName.of(this);
    }
}
