package roundtable.domain;

/** What a card on the board is. Each phase names the kinds it accepts. */
public enum CardKind {
    ISSUE,
    QUESTION,
    EXPERIENCE,
    MOVE,
    FAILURE,
    SURPRISE,
    APPROACH,
    STORY,
    TAKEAWAY,
    /**
     * Only on boards of sessions stored before commitments had one meaning: new commitments are made
     * with {@code commitment.add}, never as cards (see BoardRules).
     */
    COMMITMENT,
    ORIENTATION,
    NOTE;

    @Override
    public String toString() {
        return ProductName.of(this);
    }
}
