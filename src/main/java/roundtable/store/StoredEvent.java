package roundtable.store;

import roundtable.domain.Event;

/**
 * One event as the log keeps it: its place in the session, who caused it with which operation, its
 * type name, its JSON as the wire codec wrote it, and the owner epoch of the room that wrote it (the
 * fence: stored only while that epoch still owns the session). {@code event} is the event itself when
 * it is on its way in (read models are fed from it rather than from decoding the JSON again); null
 * when read back.
 */
public record StoredEvent(String sessionId, long seq, String actorId, String opId, String type, String json,
                          long epoch, Event event) {

    /** An event read back from the database. */
    public StoredEvent(String sessionId, long seq, String actorId, String opId, String type, String json, long epoch) {
        this(sessionId, seq, actorId, opId, type, json, epoch, null);
    }
}
