package roundtable.domain;

/** Who may put a card on the board during a phase. */
public enum WhoMayPost {
    ALL("all"),
    /** Only the person who brought the issue, e.g. while framing it. */
    PRESENTER("presenter"),
    /** Everyone but the presenter, e.g. while questioning them. */
    OTHERS("others");

    private final String id;

    WhoMayPost(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
