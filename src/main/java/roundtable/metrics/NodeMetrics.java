package roundtable.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Optional;

/**
 * Roundtable's own meters on one node, beside the ones Vert.x keeps itself (HTTP, WebSocket, event
 * bus, pools, JVM), all in the node's one registry. None is labelled by session, person or address:
 * a label value comes from a short fixed list (an error code, a close code, a kind of secret), so the
 * number of series stays the same however many sessions run.
 *
 * @param registryName the name Vert.x keeps the registry under; empty when metrics are off
 */
public record NodeMetrics(Optional<String> registryName, RoomMeters rooms, LogMeters log, SocketMeters sockets) {

    private static NodeMetrics of(Optional<String> registryName, MeterRegistry registry) {
        Refusals refusals = new Refusals(registry);
        return new NodeMetrics(registryName, new RoomMeters(registry, refusals), new LogMeters(registry),
                new SocketMeters(registry, refusals));
    }

    /** Meters in the registry Vert.x made under {@code registryName}, which {@code /metrics} serves. */
    public static NodeMetrics in(String registryName, MeterRegistry registry) {
        return of(Optional.of(registryName), registry);
    }

    /** Metrics off ({@code METRICS_ENABLED=false}): a registry with nothing behind it, so every meter is a no-op. */
    public static NodeMetrics off() {
        return of(Optional.empty(), new CompositeMeterRegistry());
    }
}
