package roundtable.domain;

/** How the floor is shared during a phase. */
public enum TurnMode {
    /** Anyone speaks; nobody holds the floor. */
    OPEN("open"),
    /** Everyone in a fixed order, with the right to pass. */
    ROUND_ROBIN("round-robin"),
    /** Raised hands are called in the order they went up. */
    QUEUE("queue"),
    /** The presenter holds the floor for the whole phase. */
    PRESENTER("presenter");

    private final String id;

    TurnMode(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
