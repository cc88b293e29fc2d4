package roundtable.domain;

/** What a group lets the server keep of its sessions. Live, everyone sees everything either way. */
public enum RecordingPolicy {
    /** The board, with who wrote what. */
    EVERYTHING,
    /** The board's words, but not whose they were. */
    ANONYMOUS_BOARD,
    /** Only commitments (and what the group documents on purpose); no other card's words. */
    COMMITMENTS_AND_KNOWLEDGE;

    @Override
    public String toString() {
        return ProductName.of(this);
    }
}
