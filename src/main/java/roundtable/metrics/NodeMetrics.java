package roundtable.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Optional;

/**
 * Roundtable's own meters on one node, beside the ones Vert.x keeps itself (HTTP, WebSocket, event
 * bus, pools, JVM), all in the node's one registry. None is labelled by session, person or address:
 * a label value comes from a short fixed list (an error code, a close code, a kind of secret), so the
 * number of series stays the same however many sessions run.
 */
public final class NodeMetrics {

    private final Optional<String> registryName;
    private final RoomMeters rooms;
    private final LogMeters log;
    private final SocketMeters sockets;

    private NodeMetrics(Optional<String> registryName, MeterRegistry registry) {
        this.registryName = registryName;
        Refusals refusals = new Refusals(registry);
        this.rooms = new RoomMeters(registry, refusals);
        this.log = new LogMeters(registry);
        this.sockets = new SocketMeters(registry, refusals);
    }

    /** Meters in the registry Vert.x made under {@code registryName}, which {@code /metrics} serves. */
    public static NodeMetrics in(String registryName, MeterRegistry registry) {
        return new NodeMetrics(Optional.of(registryName), registry);
    }

    /** Metrics off ({@code METRICS_ENABLED=false}): a registry with nothing behind it, so every meter is a no-op. */
    public static NodeMetrics off() {
        return new NodeMetrics(Optional.empty(), new CompositeMeterRegistry());
    }

    /** The name Vert.x keeps the registry under; empty when metrics are off. */
    public Optional<String> registryName() {
        return registryName;
    }

    public RoomMeters rooms() {
        return rooms;
    }

    public LogMeters log() {
        return log;
    }

    public SocketMeters sockets() {
        return sockets;
    }
}
