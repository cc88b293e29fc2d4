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
