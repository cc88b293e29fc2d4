package roundtable.domain;

/** Where a commitment stands: open until its owner reports back. */
public enum CommitmentStatus {
    OPEN("open"),
    DONE("done"),
    PARTLY("partly"),
    DROPPED("dropped"),
    CHANGED("changed");

    private final String id;

    CommitmentStatus(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
