package roundtable.domain;

/** What a person may do in a session. The facilitator role moves with a hand-off. */
public enum Role {
    FACILITATOR,
    PARTICIPANT,
    OBSERVER;

    @Override
    public String toString() {
        return ProductName.of(this);
    }
}
