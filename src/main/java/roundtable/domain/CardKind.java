package roundtable.domain;

/** What a card on the board is. Each phase names the kinds it accepts. */
public enum CardKind {
    ISSUE("issue"),
    QUESTION("question"),
    EXPERIENCE("experience"),
    MOVE("move"),
    FAILURE("failure"),
    SURPRISE("surprise"),
    APPROACH("approach"),
    STORY("story"),
    TAKEAWAY("takeaway"),
    /**
     * Only on boards of sessions stored before commitments had one meaning: new commitments are made
     * with {@code commitment.add}, never as cards (see BoardRules).
     */
    COMMITMENT("commitment"),
    ORIENTATION("orientation"),
    NOTE("note");

    private final String id;

    CardKind(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
