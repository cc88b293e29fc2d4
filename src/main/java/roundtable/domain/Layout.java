package roundtable.domain;

/** How the board arranges the cards of a phase. */
public enum Layout {
    LIST("list"),
    /** Side by side, one column per approach: contrast rather than consensus. */
    COLUMNS("columns"),
    PAIRS("pairs");

    private final String id;

    Layout(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
