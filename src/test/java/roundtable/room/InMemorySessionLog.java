package roundtable.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import roundtable.store.SessionLog;

/**
 * The session log in memory, for tests of the room: appends are held as "waiting" until the test
 * commits them (then the durable seq is announced, as the database would), reads answer at once or,
 * when the test says so, never (a database that hangs), and the node's bound is the test's to set.
 */
final class InMemorySessionLog implements SessionLog {

    private final Vertx vertx;
    private final Map<String, List<Recorded>> committed = new HashMap<>();
    private final Map<String, List<Recorded>> waiting = new HashMap<>();
    private final Map<String, Long> epochs = new HashMap<>();
    private boolean full;
    private boolean hung;

    InMemorySessionLog(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public synchronized Future<Void> create(NewSession session, List<Entry> firstEvents) {
        committed.put(session.sessionId(), new ArrayList<>(recorded(firstEvents, 0)));
        return Future.succeededFuture();
    }

    /** Every claim is granted, one epoch after the last: rooms in these tests are the only owner. */
    @Override
    public synchronized Future<Claim> claim(String sessionId, String node, List<String> liveNodes) {
        return Future.succeededFuture(committed.containsKey(sessionId)
                ? new Claim(epochs.merge(sessionId, 1L, Long::sum), node) : new Claim(0, null));
    }

    @Override
    public synchronized void append(String sessionId, long epoch, List<Entry> entries) {
        waiting.computeIfAbsent(sessionId, id -> new ArrayList<>()).addAll(recorded(entries, epoch));
    }

    @Override
    public synchronized boolean hasRoom() {
        return !full;
    }

    @Override
    public synchronized Future<List<Recorded>> history(String sessionId) {
        return hung ? Future.future(never -> { }) : Future.succeededFuture(List.copyOf(committed.getOrDefault(sessionId, List.of())));
    }

    @Override
    public synchronized Future<List<Recorded>> historyBetween(String sessionId, long after, long upTo) {
        if (hung) {
            return Future.future(never -> { });
        }
        return Future.succeededFuture(committed.getOrDefault(sessionId, List.of()).stream()
                .filter(r -> r.seq() > after && r.seq() <= upTo).toList());
    }

    @Override
    public synchronized Future<Map<String, Long>> ownerEpochs(List<String> sessionIds) {
        Map<String, Long> found = new HashMap<>();
        sessionIds.forEach(id -> found.put(id, epochs.getOrDefault(id, 0L)));
        return Future.succeededFuture(found);
    }

    @Override
    public Future<List<String>> liveSessionIds() {
        return Future.succeededFuture(List.of());
    }

    /** Stores everything waiting for the session and announces the durable seq, as a committed batch does. */
    void commit(String sessionId) {
        long highest;
        synchronized (this) {
            List<Recorded> batch = waiting.remove(sessionId);
            if (batch == null || batch.isEmpty()) {
                return;
            }
            committed.computeIfAbsent(sessionId, id -> new ArrayList<>()).addAll(batch);
            highest = batch.get(batch.size() - 1).seq();
        }
        vertx.eventBus().send(SessionLog.durableAddress(sessionId), highest);
    }

    synchronized int waiting(String sessionId) {
        return waiting.getOrDefault(sessionId, List.of()).size();
    }

    synchronized List<Recorded> stored(String sessionId) {
        return List.copyOf(committed.getOrDefault(sessionId, List.of()));
    }

    /** The node's buffer is full (or has room again). */
    synchronized void full(boolean isFull) {
        this.full = isFull;
    }

    /** Reads never answer, as a database that hangs. */
    synchronized void hang(boolean isHung) {
        this.hung = isHung;
    }

    private static List<Recorded> recorded(List<Entry> entries, long epoch) {
        return entries.stream().map(e -> new Recorded(e.seq(), e.actorId(), e.opId(), e.event(), e.json(), epoch)).toList();
    }
}
