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

    /** One event as the log kept it, with the owner epoch of the room that wrote it. */
    record Recorded(long seq, String actorId, String opId, Event event, String json, long epoch) {
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

    /**
     * Where a room hears, as a {@code Long}, that events it wrote under that owner epoch were not stored
     * because another node claimed its session meanwhile: it must stop serving it.
     */
    static String fencedAddress(String sessionId) {
        return "store.fenced." + sessionId;
    }

    /** A new session with its first events and the facilitator's credential, all or nothing, before it answers. */
    Future<Void> create(NewSession session, List<Entry> firstEvents);

    /**
     * What a claim came to: the new owner epoch when it was granted; otherwise the live node that owns
     * the session ({@code owner}), or neither when there is no such session.
     */
    record Claim(long epoch, String owner) {
        public boolean granted() {
            return epoch > 0;
        }
    }

    /**
     * Makes {@code node} the session's owner under a new owner epoch: when nobody owns it, {@code node}
     * does already, or its owner is not among {@code liveNodes}. Events written under an older epoch
     * are never stored from then on.
     */
    Future<Claim> claim(String sessionId, String node, List<String> liveNodes);

    /** Hands events of one session, written by its owner epoch {@code epoch}, in seq order, to the write-behind; returns at once. */
    void append(String sessionId, long epoch, List<Entry> entries);

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

    /** The owner epoch of each of these sessions, as the database has it now (deleted ones are absent). */
    Future<java.util.Map<String, Long>> ownerEpochs(List<String> sessionIds);

    /** The sessions that may have a clock running; their rooms are opened at start. */
    Future<List<String>> liveSessionIds();
}
