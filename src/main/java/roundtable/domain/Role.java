package roundtable.domain;

/** What a person may do in a session. The facilitator role moves with a hand-off. */
public enum Role {
    FACILITATOR("facilitator"),
    PARTICIPANT("participant"),
    OBSERVER("observer");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
