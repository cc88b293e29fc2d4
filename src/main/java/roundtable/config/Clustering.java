package roundtable.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Whether this node runs alone or as one of several, and how it finds and judges the others.
 * Clustering is off unless {@code CLUSTER_MEMBERS} is set; the nodes then share one PostgreSQL
 * ({@code DATABASE_URL}), which decides who owns each session.
 *
 * @param members  Hazelcast members to join, {@code host:port} each; empty: alone
 * @param host     the address the cluster binds to and tells the others (Hazelcast and the event bus): an IP
 *                 address of one of this machine's interfaces; nothing else is listened on
 * @param port     this node's Hazelcast port
 * @param busPort  this node's event-bus port; 0: any free one
 * @param size     how many members the cluster should have: a node that sees fewer than a majority of
 *                 them stops serving its sessions and reports not ready
 * @param failure  how long a member may stay silent before the others count it as dead
 */
public record Clustering(List<String> members, String host, int port, int busPort, int size, Duration failure) {

    public static final Clustering ALONE = new Clustering(List.of(), "127.0.0.1", 5701, 0, 1, Duration.ofSeconds(15));

    public Clustering {
        members = List.copyOf(members);
        for (String member : members) {
            if (!member.matches("[^\\s:,]+:\\d{1,5}")) {
                throw new IllegalArgumentException("CLUSTER_MEMBERS must be host:port entries separated by commas, not '"
                        + member + "'");
            }
        }
        if (size < 1) {
            throw new IllegalArgumentException("CLUSTER_SIZE must be 1 or more");
        }
        // Hazelcast binds an interface by its address and refuses a name (it matches no interface).
        if (!host.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !host.matches("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
            throw new IllegalArgumentException("CLUSTER_HOST must be an IP address of this machine, not '" + host + "'");
        }
    }

    public boolean enabled() {
        return !members.isEmpty();
    }

    /** The fewest members this node must see to keep serving: more than half of {@link #size}. */
    public int majority() {
        return size / 2 + 1;
    }

    static Clustering fromEnvironment(Map<String, String> env) {
        List<String> members = Arrays.stream(env.getOrDefault("CLUSTER_MEMBERS", "").split(","))
                .map(String::strip).filter(member -> !member.isEmpty()).toList();
        if (members.isEmpty()) {
            return ALONE;
        }
        String database = env.getOrDefault("DATABASE_URL", "");
        if (database.isBlank()) {
            throw new IllegalArgumentException("CLUSTER_MEMBERS needs DATABASE_URL: the nodes of a cluster share one"
                    + " PostgreSQL, which decides who owns each session");
        }
        String host = env.getOrDefault("CLUSTER_HOST", "127.0.0.1").strip();
        return new Clustering(members, host.isEmpty() ? "127.0.0.1" : host,
                env.containsKey("CLUSTER_PORT") ? Config.port(env.get("CLUSTER_PORT"), "CLUSTER_PORT") : 5701,
                env.containsKey("CLUSTER_BUS_PORT") ? Config.port(env.get("CLUSTER_BUS_PORT"), "CLUSTER_BUS_PORT") : 0,
                Config.positive(env, "CLUSTER_SIZE", members.size()),
                Duration.ofSeconds(Config.positive(env, "CLUSTER_FAILURE_SECONDS", 15)));
    }
}
