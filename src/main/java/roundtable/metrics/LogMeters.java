package roundtable.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * Whether the write-behind keeps up: what waits for PostgreSQL and for how long, the batches it
 * writes and how long each commit takes. (How long an acknowledged command waits to be durable is
 * measured where the ack was given, in {@link RoomMeters}.)
 */
public final class LogMeters {

    private static final long NOTHING_WAITS = -1;

    private final MeterRegistry registry;
    /** System.nanoTime() at which the oldest event still waiting was handed over; NOTHING_WAITS if none. */
    private final AtomicLong oldestSince = new AtomicLong(NOTHING_WAITS);
    private final DistributionSummary batchSize;
    private final Timer committed;
    private final Timer failed;
    private final Counter setAside;
    private final Counter fenced;

    LogMeters(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("roundtable.eventlog.oldest.wait", oldestSince, LogMeters::secondsSince)
                .baseUnit("seconds")
                .description("How long the oldest event not yet committed has been waiting").register(registry);
        batchSize = DistributionSummary.builder("roundtable.eventlog.batch")
                .baseUnit("events")
                .description("Events written to PostgreSQL in one batch")
                .serviceLevelObjectives(1, 5, 10, 25, 50, 100, 250, 500)
                .register(registry);
        committed = commits("ok");
        failed = commits("failed");
        setAside = Counter.builder("roundtable.eventlog.set.aside")
                .description("Events PostgreSQL refused for good, set aside so the rest of the node stays durable")
                .register(registry);
        fenced = Counter.builder("roundtable.eventlog.fenced")
                .description("Times a room's events were not stored because another node had claimed its session")
                .register(registry);
    }

    private Timer commits(String result) {
        return Timer.builder("roundtable.eventlog.commit").tag("result", result)
                .description("One batch's round trip to PostgreSQL")
                .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
                        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
                        Duration.ofMillis(250), Duration.ofSeconds(1))
                .register(registry);
    }

    private static double secondsSince(AtomicLong since) {
        long at = since.get();
        return at == NOTHING_WAITS ? 0 : Math.max(0, System.nanoTime() - at) / 1e9;
    }

    /** The node's write buffer: how many events wait, and how many may. */
    public void buffer(IntSupplier waiting, int capacity) {
        // Held strongly: a gauge keeps only a weak reference to what it reads, and nothing else holds this one.
        Gauge.builder("roundtable.eventlog.waiting", waiting, IntSupplier::getAsInt).strongReference(true).baseUnit("events")
                .description("Events handed to the event log and not yet committed").register(registry);
        Gauge.builder("roundtable.eventlog.capacity", () -> capacity).baseUnit("events")
                .description("Events the node holds for PostgreSQL at most; beyond it rooms refuse commands")
                .register(registry);
    }

    /** The oldest event still waiting was handed over at this System.nanoTime(). */
    public void oldestSince(long nanoTime) {
        oldestSince.set(nanoTime);
    }

    public void nothingWaits() {
        oldestSince.set(NOTHING_WAITS);
    }

    public void batchCommitted(int events, long nanos) {
        batchSize.record(events);
        committed.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void batchFailed(long nanos) {
        failed.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void setAside() {
        setAside.increment();
    }

    public void fenced() {
        fenced.increment();
    }
}
