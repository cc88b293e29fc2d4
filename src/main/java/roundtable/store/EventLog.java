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

/**
 * The write-behind queue of one node. Rooms hand it events and never wait; it writes them in
 * batches (one batch in flight: whatever arrives meanwhile forms the next one), then announces on
 * {@link SessionLog#durableAddress} the highest committed seq of each session in the batch. A failed batch
 * stays queued and is retried with backoff; the (session_id, seq) key makes a retry harmless.
 * What waits here is bounded by the node's {@link WriteBuffer}: rooms stop accepting commands
 * when it is full, so a database that stops answering never exhausts the memory.
 */
public final class EventLog extends VerticleBase {

    public static final String APPEND = "store.append";

    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);
    private static final int MAX_BATCH = 500;
    private static final long MAX_BACKOFF_MS = 5_000;

    /** What a room hands over: events of one session, in seq order. */
    public record Append(List<StoredEvent> events) {
    }

    private final Pool pool;
    private final WriteBuffer buffer;
    private final LogMeters meters;
    private final ArrayDeque<StoredEvent> queue = new ArrayDeque<>();
    /** When each hand-over still (partly) uncommitted arrived: {System.nanoTime(), events left}, oldest first. */
    private final ArrayDeque<long[]> arrivals = new ArrayDeque<>();
    private boolean writing;
    /** Sessions with an event the database refused, with the first such seq. */
    private final Map<String, Long> poisoned = new HashMap<>();
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
        if (queue.isEmpty() && !writing) {
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
        if (!writing) {
            writeBatch();
        }
    }

    private void writeBatch() {
        List<StoredEvent> batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
        while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
            batch.add(queue.poll());
        }
        writing = true;
        long started = System.nanoTime();
        EventQueries.append(pool, batch).onComplete(result -> {
            writing = false;
            if (result.succeeded()) {
                meters.batchCommitted(batch.size(), System.nanoTime() - started);
                if (failures > 0) {
                    LOG.info("The database answers again; storing the {} events that waited", queue.size() + batch.size());
                }
                failures = 0;
                committed(batch.size());
                announceDurable(batch);
            } else if (Refusals.isPermanent(result.cause())) {
                // The database refuses something in the batch itself: retrying it whole would stall
                // every session of the node for good. Find the event it refuses, one by one.
                writing = true;
                isolate(batch, 0).onComplete(isolated -> {
                    writing = false;
                    next();
                });
                return;
            } else {
                meters.batchFailed(System.nanoTime() - started);
                failures++;
                requeue(batch);
                long delay = Math.min(MAX_BACKOFF_MS, 50L << Math.min(failures, 10));
                StoredEvent first = batch.get(0);
                LOG.atWarn().addKeyValue("sessionId", first.sessionId()).addKeyValue("seq", first.seq())
                        .log("Could not store {} events (first: session {} seq {}); {} waiting of at most {}, retrying in {} ms: {}",
                                batch.size(), first.sessionId(), first.seq(), buffer.waiting(),
                                buffer.capacity(), delay, result.cause().getMessage());
                writing = true;
                vertx.setTimer(delay, id -> {
                    writing = false;
                    writeBatch();
                });
                return;
            }
            next();
        });
    }

    private void next() {
        if (!queue.isEmpty()) {
            writeBatch();
        } else if (drained != null) {
            drained.tryComplete();
        }
    }

    /**
     * Writes the batch from {@code from} on one event at a time. An event the database refuses is set
     * aside, loudly, and its session is never again announced as durable past it (that would be a
     * lie); every other event is stored and announced. A failure that is not a refusal (the database
     * went away meanwhile) puts the rest back at the head of the queue, to be retried as usual.
     */
    private Future<Void> isolate(List<StoredEvent> batch, int from) {
        if (from == batch.size()) {
            return Future.succeededFuture();
        }
        StoredEvent event = batch.get(from);
        List<StoredEvent> one = List.of(event);
        return EventQueries.append(pool, one).transform(written -> {
            if (written.succeeded()) {
                committed(1);
                announceDurable(one);
            } else if (Refusals.isPermanent(written.cause())) {
                setAside(event, written.cause());
            } else {
                requeue(batch.subList(from, batch.size()));
                return Future.succeededFuture();
            }
            return isolate(batch, from + 1);
        });
    }

    private void setAside(StoredEvent event, Throwable refusal) {
        committed(1);
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

    private void requeue(List<StoredEvent> batch) {
        for (int i = batch.size() - 1; i >= 0; i--) {
            queue.addFirst(batch.get(i));
        }
    }

    private void announceDurable(List<StoredEvent> batch) {
        Map<String, Long> highest = new HashMap<>();
        for (StoredEvent event : batch) {
            highest.merge(event.sessionId(), event.seq(), Math::max);
        }
        highest.forEach((sessionId, seq) -> {
            Long refused = poisoned.get(sessionId);
            long durable = refused == null ? seq : Math.min(seq, refused - 1);
            vertx.eventBus().send(SessionLog.durableAddress(sessionId), durable);
        });
    }
}
