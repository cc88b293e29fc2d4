package roundtable.domain;

/** Where a commitment stands: open until its owner reports back. */
public enum CommitmentStatus {
    OPEN,
    DONE,
    PARTLY,
    DROPPED,
    CHANGED;

    @Override
    public String toString() {
        return ProductName.of(this);
    }
}
