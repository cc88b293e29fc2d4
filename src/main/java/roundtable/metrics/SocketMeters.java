package roundtable.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The session WebSockets of a node, how they end, what they are refused, and guessed secrets. */
public final class SocketMeters {

    /** Close codes kept as they are; any other is counted as {@code other}, so the series stay few. */
    private static final Set<Integer> KNOWN_CODES = Set.of(1000, 1001, 1002, 1003, 1006, 1007, 1008, 1009, 1011,
            1012, 1013);

    private final MeterRegistry registry;
    private final Refusals refusals;
    private final AtomicInteger open = new AtomicInteger();
    private final Map<String, Counter> closes = new ConcurrentHashMap<>();
    private final Map<String, Counter> secretFailures = new ConcurrentHashMap<>();
    private final Map<String, Counter> blocks = new ConcurrentHashMap<>();

    SocketMeters(MeterRegistry registry, Refusals refusals) {
        this.registry = registry;
        this.refusals = refusals;
        Gauge.builder("roundtable.connections", open, AtomicInteger::get)
                .description("Session WebSockets open on this node").register(registry);
    }

    public void opened() {
        open.incrementAndGet();
    }

    /**
     * A socket closed: with the code the server closed it with, or else the one its client sent
     * ({@code by} says which); {@code null} when no close frame came at all (the connection dropped).
     * 1013 counts slow consumers the server let go.
     */
    public void closed(Integer code, String by) {
        open.decrementAndGet();
        String label = code == null ? "none" : KNOWN_CODES.contains(code) ? Integer.toString(code) : "other";
        closes.computeIfAbsent(label + ' ' + by, key -> Counter.builder("roundtable.sockets.closed")
                .tag("code", label).tag("by", by)
                .description("Session WebSockets closed, by close code and by which side closed them")
                .register(registry)).increment();
    }

    /** An error frame a socket sent on its own (rate-limited, bad-request, unauthorized…), by code. */
    public void refused(String code) {
        refusals.count(code);
    }

    /** A failed use of a secret of this kind (a token that opens nothing, a wrong invite code…). */
    public void secretMissed(String kind) {
        secretFailures.computeIfAbsent(kind, k -> Counter.builder("roundtable.secret.failures").tag("secret", k)
                .description("Failed uses of a secret, by kind of secret").register(registry)).increment();
    }

    /** An address used up its failed attempts for this kind of secret and is refused for a while. */
    public void addressBlocked(String kind) {
        blocks.computeIfAbsent(kind, k -> Counter.builder("roundtable.addresses.blocked").tag("secret", k)
                .description("Times a client address was blocked after too many failed uses of a secret")
                .register(registry)).increment();
    }
}
