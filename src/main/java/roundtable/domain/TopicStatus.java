package roundtable.domain;

/** Where a topic of the group's backlog stands: proposed, chosen for a coming session, or covered. */
public enum TopicStatus {
    OPEN,
    PICKED,
    DONE;

    @Override
    public String toString() {
        return ProductName.of(this);
    }
}
