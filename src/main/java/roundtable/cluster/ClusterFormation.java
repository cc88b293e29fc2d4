package roundtable.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MultiMapConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import roundtable.config.Clustering;

/**
 * Joins this node to its cluster: Vert.x's clustered event bus on the Hazelcast cluster manager,
 * configured here rather than from Hazelcast's defaults, which would look for members by multicast,
 * bind every interface and call home. Only the members listed in CLUSTER_MEMBERS are asked, on
 * CLUSTER_HOST only. Hazelcast tells who is alive and carries messages; it decides nothing else.
 */
public final class ClusterFormation {

    /** A clustered Vert.x and the manager that knows its members. */
    public record Joined(Vertx vertx, HazelcastClusterManager manager) {
    }

    private ClusterFormation() {
    }

    /** Completes once this node is a member (the others, if any are up, seen). */
    public static Future<Joined> join(Clustering cluster, VertxOptions options, VertxBuilder builder) {
        HazelcastClusterManager manager = new HazelcastClusterManager(hazelcast(cluster));
        options.setEventBusOptions(new EventBusOptions().setHost(cluster.host()).setClusterPublicHost(cluster.host())
                .setPort(cluster.busPort()));
        return builder.with(options).withClusterManager(manager).buildClustered().map(vertx -> new Joined(vertx, manager));
    }

    private static Config hazelcast(Clustering cluster) {
        Config hz = new Config();
        hz.setClusterName("roundtable");
        long failure = cluster.failure().toSeconds();
        hz.setProperty("hazelcast.phone.home.enabled", "false");
        hz.setProperty("hazelcast.socket.bind.any", "false");
        hz.setProperty("hazelcast.logging.type", "slf4j");
        // A silent member counts as dead after CLUSTER_FAILURE_SECONDS, heard from five times as often.
        hz.setProperty("hazelcast.heartbeat.interval.seconds", Long.toString(Math.max(1, failure / 5)));
        hz.setProperty("hazelcast.max.no.heartbeat.seconds", Long.toString(failure));
        hz.setProperty("hazelcast.wait.seconds.before.join", "0");
        // A member back from a pause or a split joins again soon; the fence in PostgreSQL makes that safe.
        hz.setProperty("hazelcast.merge.first.run.delay.seconds", Long.toString(Math.max(5, failure)));
        hz.setProperty("hazelcast.merge.next.run.delay.seconds", Long.toString(Math.max(5, failure)));
        hz.setProperty("hazelcast.graceful.shutdown.max.wait", "30");
        NetworkConfig network = hz.getNetworkConfig().setPort(cluster.port()).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(cluster.host());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(cluster.members());
        // What Vert.x keeps in Hazelcast: its event-bus subscriptions and node descriptions.
        hz.addMultiMapConfig(new MultiMapConfig("__vertx.subs").setBackupCount(1)
                .setValueCollectionType(MultiMapConfig.ValueCollectionType.SET));
        hz.addMapConfig(new MapConfig("__vertx.haInfo").setBackupCount(1));
        hz.addMapConfig(new MapConfig("__vertx.nodeInfo").setBackupCount(1));
        return hz;
    }
}
