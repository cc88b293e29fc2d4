package roundtable.room;

/** A room was asked for a session the store has never heard of. */
final class NoSuchSession extends RuntimeException {

    NoSuchSession(String sessionId) {
        super("no session " + sessionId, null, false, false);
    }
}
