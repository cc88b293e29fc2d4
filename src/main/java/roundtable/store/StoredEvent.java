package roundtable.store;

/**
 * One event as the log keeps it: its place in the session, who caused it with which operation,
 * and its JSON as the wire codec wrote it.
 */
public record StoredEvent(String sessionId, long seq, String actorId, String opId, String type, String json) {
}
