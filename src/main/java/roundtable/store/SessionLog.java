package roundtable.store;

import io.vertx.core.Future;
import java.util.List;
import roundtable.domain.Event;
import roundtable.domain.SessionState;

/**
 * The one door into a session's log. Events come in decided, numbered and kept (what the recording
 * policy lets be written) and leave as events again, decoded once. Rooms append without waiting;
 * {@link #durableAddress} then says, per session, up to which seq everything is committed.
 * Implemented on PostgreSQL for the server, and in memory for tests of the room.
 */
public interface SessionLog {

    /**
     * One event to keep: its place in the session, who caused it with which operation, the event as
     * it may be stored and its JSON as the room encoded it (so nothing is encoded twice).
     */
    record Entry(long seq, String actorId, String opId, Event event, String json) {
    }

    /** One event as the log kept it. */
    record Recorded(long seq, String actorId, String opId, Event event, String json) {
    }

    /**
     * What a new session is made of besides its first events: the group it belongs to (or null), and
     * the hashes of its invite code and of the facilitator's token.
     */
    record NewSession(String sessionId, String groupId, byte[] inviteHash, byte[] facilitatorTokenHash,
                      String facilitatorId) {
    }

    /** Where the committed seq of a session is announced, as a {@code Long}. */
    static String durableAddress(String sessionId) {
        return "store.durable." + sessionId;
    }

    /** A new session with its first events and the facilitator's credential, all or nothing, before it answers. */
    Future<Void> create(NewSession session, List<Entry> firstEvents);

    /** Hands events of one session, in seq order, to the write-behind; returns at once. */
    void append(String sessionId, List<Entry> entries);

    /** Whether the node may take one more command: the events waiting for the database are within bounds. */
    boolean hasRoom();

    /** A session's whole history, in order; empty for a session that does not exist. */
    Future<List<Recorded>> history(String sessionId);

    /** The recorded events with {@code after < seq <= upTo}, in order: what a resuming client missed. */
    Future<List<Recorded>> historyBetween(String sessionId, long after, long upTo);

    /** The session folded from what was kept: exactly what survives a restart. */
    default Future<SessionState> fold(String sessionId) {
        return history(sessionId).map(SessionLog::fold);
    }

    static SessionState fold(List<Recorded> history) {
        return roundtable.domain.Evolver.replay(history.stream().map(Recorded::event).toList());
    }

    /** The sessions that may have a clock running; their rooms are opened at start. */
    Future<List<String>> liveSessionIds();
}
