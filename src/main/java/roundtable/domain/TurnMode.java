package roundtable.domain;

/** How the floor is shared during a phase. */
public enum TurnMode {
    /** Anyone speaks; nobody holds the floor. */
    OPEN,
    /** Everyone in a fixed order, with the right to pass. */
    ROUND_ROBIN,
    /** Raised hands are called in the order they went up. */
    QUEUE,
    /** The presenter holds the floor for the whole phase. */
    PRESENTER;

    @Override
    public String toString() {
        return ProductName.of(this);
    }
}
