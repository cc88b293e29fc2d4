package roundtable.store;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.metrics.LogMeters;
import roundtable.wire.LocalCodec;

/**
 * The write-behind queue of one node. Rooms hand it events and never wait; it writes them in
 * batches of whatever has arrived (up to {@link #MAX_BATCH}), with up to {@link #IN_FLIGHT} batches
 * committing at once on their own connections once enough is waiting, so one slow commit does not
 * hold up the next. Batches may commit in any order, but are announced in the order they were
 * formed: a session hears on {@link SessionLog#durableAddress} that its events up to a seq are
 * committed only once every batch before is. A batch that fails is retried with backoff, in its
 * place; the (session_id, seq) key makes a retry harmless. What waits here is bounded by the node's
 * {@link WriteBuffer}: rooms stop accepting commands when it is full, so a database that stops
 * answering never exhausts the memory.
 */
public final class EventLog extends VerticleBase {

    public static final String APPEND = "store.append";

    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);
    /** Events in one statement at most: large batches cost PostgreSQL little more than small ones. */
    static final int MAX_BATCH = 2_000;
    /** Batches committing at once: two keep the database busy while the last answer travels back. */
    static final int IN_FLIGHT = 2;
    /**
     * Events waiting before a second batch starts while one commits. Fewer wait for that commit and go
     * in the next batch: at a few commands a second, a second connection would only split them into
     * transactions of one event each. A transaction costs PostgreSQL about as much CPU as ten events
     * (1 ms against 0.1 ms here), so a second one pays once a dozen or so wait.
     */
    static final int SECOND_BATCH_AT = 16;
    private static final long MAX_BACKOFF_MS = 5_000;

    /** What a room hands over: events of one session, in seq order. */
    public record Append(List<StoredEvent> events) {
    }

    /** One batch on its way to the database; done once every event is stored, fenced off or set aside. */
    private static final class Batch {
        final List<StoredEvent> events;
        /** The first event not yet written (a batch being isolated moves through one by one). */
        int from;
        boolean done;
        /** What the database said of each session: its owner epoch and clashes. */
        final Map<String, EventQueries.Fence> fences = new HashMap<>();
        /** Whether a read model reads what earlier batches wrote (commitments): it waits for them. */
        final boolean ordered;

        Batch(List<StoredEvent> events) {
            this.events = events;
            this.ordered = events.stream().anyMatch(EventLog::feedsCommitments);
        }
    }

    private final Pool pool;
    private final WriteBuffer buffer;
    private final LogMeters meters;
    private final ArrayDeque<StoredEvent> queue = new ArrayDeque<>();
    /** Batches formed and not yet announced, in the order they were formed. */
    private final ArrayDeque<Batch> inFlight = new ArrayDeque<>();
    /** When each hand-over still (partly) unannounced arrived: {System.nanoTime(), events left}, oldest first. */
    private final ArrayDeque<long[]> arrivals = new ArrayDeque<>();
    /** Sessions with an event the database refused, with the first such seq. */
    private final Map<String, Long> poisoned = new HashMap<>();
    /** How many events in the queue feed the commitments read model; usually none. */
    private int commitmentEventsQueued;
    private int failures;
    private Promise<Void> drained;

    public EventLog(Pool pool, WriteBuffer buffer, LogMeters meters) {
        this.pool = pool;
        this.buffer = buffer;
        this.meters = meters;
        meters.buffer(buffer::waiting, buffer.capacity());
    }

    @Override
    public Future<?> start() {
        return vertx.eventBus().<Append>localConsumer(APPEND, message -> append(message.body().events()))
                .completion();
    }

    /** Lets the queue run dry before the node goes down, so nothing handed over is lost. */
    @Override
    public Future<?> stop() {
        if (queue.isEmpty() && inFlight.isEmpty()) {
            return Future.succeededFuture();
        }
        drained = Promise.promise();
        return drained.future();
    }

    private void append(List<StoredEvent> events) {
        long now = System.nanoTime();
        if (arrivals.isEmpty()) {
            meters.oldestSince(now);
        }
        arrivals.add(new long[] {now, events.size()});
        queue.addAll(events);
        for (StoredEvent event : events) {
            if (feedsCommitments(event)) {
                commitmentEventsQueued++;
            }
        }
        startBatches();
    }

    /** Forms and starts batches while there is room in flight and something to write. */
    private void startBatches() {
        while (!queue.isEmpty() && inFlight.size() < IN_FLIGHT && !(failures > 0 && !inFlight.isEmpty())) {
            if (!inFlight.isEmpty() && queue.size() < SECOND_BATCH_AT) {
                break;
            }
            if (!inFlight.isEmpty() && (inFlight.peekLast().ordered || commitmentsAhead())) {
                return; // a batch that feeds a read model runs alone, after everything before it
            }
            List<StoredEvent> events = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
            while (!queue.isEmpty() && events.size() < MAX_BATCH) {
                StoredEvent event = queue.poll();
                if (feedsCommitments(event)) {
                    commitmentEventsQueued--;
                }
                events.add(event);
            }
            Batch batch = new Batch(events);
            inFlight.add(batch);
            write(batch);
        }
        if (queue.isEmpty() && inFlight.isEmpty() && drained != null) {
            drained.tryComplete();
        }
    }

    /** Whether the next batch would feed the commitments read model. */
    private boolean commitmentsAhead() {
        if (commitmentEventsQueued == 0) {
            return false;
        }
        int i = 0;
        for (StoredEvent event : queue) {
            if (i++ == MAX_BATCH) {
                return false;
            }
            if (feedsCommitments(event)) {
                return true;
            }
        }
        return false;
    }

    private static boolean feedsCommitments(StoredEvent event) {
        return event.type() != null && event.type().startsWith("commitment.");
    }

    private void write(Batch batch) {
        List<StoredEvent> events = batch.events.subList(batch.from, batch.events.size());
        long started = System.nanoTime();
        EventQueries.append(pool, events).onComplete(result -> {
            if (result.succeeded()) {
                batch.fences.putAll(result.result());
                meters.batchCommitted(events.size(), System.nanoTime() - started);
                if (failures > 0) {
                    LOG.info("The database answers again; storing the {} events that waited", buffer.waiting());
                }
                failures = 0;
                finished(batch);
            } else if (Refusals.isPermanent(result.cause())) {
                // The database refuses something in the batch itself: retrying it whole would stall
                // every session of the node for good. Find the event it refuses, one by one.
                isolate(batch);
            } else {
                meters.batchFailed(System.nanoTime() - started);
                retryLater(batch, result.cause());
            }
        });
    }

    private void retryLater(Batch batch, Throwable cause) {
        failures++;
        long delay = Math.min(MAX_BACKOFF_MS, 50L << Math.min(failures, 10));
        StoredEvent first = batch.events.get(batch.from);
        LOG.atWarn().addKeyValue("sessionId", first.sessionId()).addKeyValue("seq", first.seq())
                .log("Could not store {} events (first: session {} seq {}); {} waiting of at most {}, retrying in {} ms: {}",
                        batch.events.size() - batch.from, first.sessionId(), first.seq(), buffer.waiting(),
                        buffer.capacity(), delay, cause.getMessage());
        vertx.setTimer(delay, id -> write(batch));
    }

    /**
     * Writes the batch on one event at a time. An event the database refuses is set aside, loudly, and
     * its session is never again announced as durable past it (that would be a lie); every other
     * event is stored. A failure that is not a refusal (the database went away meanwhile) retries the
     * rest of the batch later, as for any failed batch.
     */
    private void isolate(Batch batch) {
        if (batch.from == batch.events.size()) {
            finished(batch);
            return;
        }
        StoredEvent event = batch.events.get(batch.from);
        EventQueries.append(pool, List.of(event)).onComplete(written -> {
            if (written.succeeded()) {
                batch.fences.putAll(written.result());
                batch.from++;
                isolate(batch);
            } else if (Refusals.isPermanent(written.cause())) {
                setAside(event, written.cause());
                batch.from++;
                isolate(batch);
            } else {
                retryLater(batch, written.cause());
            }
        });
    }

    /** A batch is stored: it and every finished batch after it are announced, in the order they were formed. */
    private void finished(Batch batch) {
        batch.done = true;
        while (!inFlight.isEmpty() && inFlight.peek().done) {
            Batch announced = inFlight.poll();
            committed(announced.events.size());
            announce(announced);
        }
        startBatches();
    }

    private void setAside(StoredEvent event, Throwable refusal) {
        meters.setAside();
        poisoned.merge(event.sessionId(), event.seq(), Math::min);
        LOG.atError().addKeyValue("sessionId", event.sessionId()).addKeyValue("seq", event.seq())
                .log("!!! The database refuses an event, which was set aside and is NOT stored: session {} seq {} type {}"
                        + " ({}). That session is no longer announced as durable from this seq on; every other session goes on.",
                        event.sessionId(), event.seq(), event.type(), refusal.getMessage());
    }

    /**
     * {@code events} more left the queue for good (stored or set aside), always the oldest ones: the
     * buffer counts them off, and the oldest wait moves on to the next hand-over.
     */
    private void committed(int events) {
        buffer.committed(events);
        int left = events;
        while (left > 0 && !arrivals.isEmpty()) {
            long[] oldest = arrivals.peek();
            int taken = (int) Math.min(left, oldest[1]);
            oldest[1] -= taken;
            left -= taken;
            if (oldest[1] == 0) {
                arrivals.poll();
            }
        }
        if (arrivals.isEmpty()) {
            meters.nothingWaits();
        } else {
            meters.oldestSince(arrivals.peek()[0]);
        }
    }

    /**
     * Tells each session's room what became of its events: durable up to the highest one stored; or,
     * when the session's owner epoch is no longer the writer's, that it was fenced off (another node
     * claimed the session, and nothing this room writes will ever be stored again). A session deleted
     * meanwhile is told nothing: its room is closing.
     */
    private void announce(Batch batch) {
        Map<String, Long> highest = new HashMap<>();
        Map<String, Long> fencedEpochs = new HashMap<>();
        for (StoredEvent event : batch.events) {
            EventQueries.Fence fence = batch.fences.get(event.sessionId());
            if (EventQueries.stored(event, batch.fences)) {
                highest.merge(event.sessionId(), event.seq(), Math::max);
            } else if (fence != null) {
                fencedEpochs.put(event.sessionId(), event.epoch());
            }
        }
        highest.forEach((sessionId, seq) -> {
            Long refused = poisoned.get(sessionId);
            long durable = refused == null ? seq : Math.min(seq, refused - 1);
            vertx.eventBus().send(SessionLog.durableAddress(sessionId), durable, LocalCodec.HERE);
        });
        fencedEpochs.forEach((sessionId, epoch) -> {
            EventQueries.Fence fence = batch.fences.get(sessionId);
            LOG.atWarn().addKeyValue("sessionId", sessionId).addKeyValue("epoch", epoch)
                    .log("{} events of session {} written by its owner epoch {} were not stored: the session's owner epoch is {}{}",
                            batch.events.stream().filter(e -> e.sessionId().equals(sessionId) && !EventQueries.stored(e, batch.fences)).count(),
                            sessionId, epoch, fence.ownerEpoch(),
                            fence.clashes() > 0 ? " and " + fence.clashes() + " of its seqs were stored by another epoch" : "");
            meters.fenced();
            vertx.eventBus().send(SessionLog.fencedAddress(sessionId), epoch, LocalCodec.HERE);
        });
    }
}
