package roundtable.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** What the rooms of a node do: how many are open, the commands they decide, how fast, and resumes. */
public final class RoomMeters {

    /** How a resume was served: frames from the room's memory, events read from the store, or a full welcome. */
    public enum Resume { MEMORY, STORE, FULL }

    private final MeterRegistry registry;
    private final AtomicInteger live = new AtomicInteger();
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter refused;
    private final Refusals refusals;
    private final Timer commandTime;
    private final Timer ackToDurable;
    private final Map<Resume, Counter> resumes = new EnumMap<>(Resume.class);

    RoomMeters(MeterRegistry registry, Refusals refusals) {
        this.registry = registry;
        this.refusals = refusals;
        Gauge.builder("roundtable.rooms.live", live, AtomicInteger::get)
                .description("Sessions whose room is open on this node").register(registry);
        accepted = commands("accepted");
        duplicates = commands("duplicate");
        refused = commands("refused");
        commandTime = Timer.builder("roundtable.command")
                .description("A command in its room: from deciding it to its frames and ack handed to the sockets")
                .serviceLevelObjectives(millis(0.1), millis(0.25), millis(0.5), millis(1), millis(2.5), millis(5),
                        millis(10), millis(25), millis(100))
                .register(registry);
        ackToDurable = Timer.builder("roundtable.ack.to.durable")
                .description("From a command's ack to the moment its events are committed to PostgreSQL")
                .serviceLevelObjectives(millis(5), millis(10), millis(25), millis(50), millis(100), millis(250),
                        millis(500), millis(1_000), millis(2_500), millis(5_000), millis(10_000))
                .register(registry);
        for (Resume resume : Resume.values()) {
            resumes.put(resume, Counter.builder("roundtable.resumes").tag("result", resume.name().toLowerCase())
                    .description("Reconnections that asked to resume, by how they were served").register(registry));
        }
    }

    private Counter commands(String result) {
        return Counter.builder("roundtable.commands").tag("result", result)
                .description("Commands rooms handled: accepted, answered again as a duplicate, or refused")
                .register(registry);
    }

    private static Duration millis(double millis) {
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    public void opened() {
        live.incrementAndGet();
    }

    public void closed() {
        live.decrementAndGet();
    }

    public void accepted(long nanos) {
        accepted.increment();
        commandTime.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void duplicate() {
        duplicates.increment();
    }

    /** A command the room refused, with the error code the client was sent. */
    public void refused(String code, long nanos) {
        refused.increment();
        commandTime.record(nanos, TimeUnit.NANOSECONDS);
        refusals.count(code);
    }

    public void durableAfter(long nanos) {
        ackToDurable.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void resumed(Resume how) {
        resumes.get(how).increment();
    }
}
