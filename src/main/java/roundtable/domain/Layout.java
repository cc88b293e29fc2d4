package roundtable.domain;

/** How the board arranges the cards of a phase. */
public enum Layout {
    LIST,
    /** Side by side, one column per approach: contrast rather than consensus. */
    COLUMNS,
    PAIRS;

    @Override
    public String toString() {
        return ProductName.of(this);
    }
}
