package roundtable.room;

/** A room could not open here: a live node owns its session. */
public final class OwnedElsewhere extends RuntimeException {

    private final String owner;

    OwnedElsewhere(String sessionId, String owner) {
        super("session " + sessionId + " is owned by node " + owner, null, false, false);
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }
}
