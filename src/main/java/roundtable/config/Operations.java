package roundtable.config;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What a node shows its operator and how it leaves.
 *
 * @param metricsEnabled whether Vert.x and Roundtable keep metrics and {@code /metrics} serves them
 * @param metricsPort    a port of its own for {@code /metrics}, so it need not be public; empty: the main port
 * @param drain          how long the node keeps serving after SIGTERM with {@code /ready} answering 503,
 *                       so a load balancer stops sending it new people before it closes
 * @param nodeId         the node's name in logs (and, in a cluster, among its peers)
 * @param cluster        alone, or one node of a cluster
 */
public record Operations(boolean metricsEnabled, OptionalInt metricsPort, Duration drain, String nodeId,
                         Clustering cluster) {

    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(5);

    /** A node started inside another program (tests): metrics on, no drain delay, a random name. */
    public static final Operations IN_PROCESS = new Operations(true, OptionalInt.empty(), Duration.ZERO, randomNodeId(),
            Clustering.ALONE);

    public Operations {
        if (drain.isNegative()) {
            throw new IllegalArgumentException("the drain time must not be negative");
        }
        if (!nodeId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw new IllegalArgumentException("NODE_ID must be 1 to 63 letters, digits, '.', '_' or '-', starting with a"
                    + " letter or digit, not '" + nodeId + "'");
        }
    }

    public Operations withMetrics(boolean enabled, OptionalInt port) {
        return new Operations(enabled, port, drain, nodeId, cluster);
    }

    public Operations withCluster(Clustering cluster) {
        return new Operations(metricsEnabled, metricsPort, drain, nodeId, cluster);
    }

    public Operations withDrain(Duration drain) {
        return new Operations(metricsEnabled, metricsPort, drain, nodeId, cluster);
    }

    static Operations fromEnvironment(Map<String, String> env) {
        String enabled = env.getOrDefault("METRICS_ENABLED", "").strip().toLowerCase();
        if (!enabled.isEmpty() && !enabled.equals("true") && !enabled.equals("false")) {
            throw new IllegalArgumentException("METRICS_ENABLED must be true or false, not '" + env.get("METRICS_ENABLED") + "'");
        }
        String port = env.getOrDefault("METRICS_PORT", "").strip();
        String drainSeconds = env.getOrDefault("DRAIN_SECONDS", "");
        return new Operations(!enabled.equals("false"),
                port.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Config.port(port, "METRICS_PORT")),
                drainSeconds.isBlank() ? DEFAULT_DRAIN
                        : Duration.ofMillis(Math.round(Config.number(env, "DRAIN_SECONDS", 0) * 1000)),
                nodeId(env), Clustering.fromEnvironment(env));
    }

    /** NODE_ID; else the container's or pod's name (HOSTNAME), when it is a usable name; else a random one. */
    private static String nodeId(Map<String, String> env) {
        String id = env.getOrDefault("NODE_ID", "").strip();
        if (!id.isEmpty()) {
            return id;
        }
        String host = env.getOrDefault("HOSTNAME", "").strip();
        return host.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}") ? host : randomNodeId();
    }

    private static String randomNodeId() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return "node-" + HexFormat.of().formatHex(bytes);
    }
}
