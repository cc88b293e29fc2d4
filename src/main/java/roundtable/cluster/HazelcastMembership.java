package roundtable.cluster;

import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import roundtable.config.Clustering;
import roundtable.room.Membership;

/**
 * The members the cluster manager reports, by their Vert.x node ids, less those that said they are
 * leaving (a node stopping on SIGTERM says so first: its sessions may be claimed by the others from
 * then on); serving while they are a majority.
 */
public final class HazelcastMembership implements Membership {

    private final HazelcastClusterManager manager;
    private final Clustering cluster;
    /** Read by rooms and gateways on their threads, written by the cluster links: concurrent. */
    private final Set<String> leaving = ConcurrentHashMap.newKeySet();

    public HazelcastMembership(HazelcastClusterManager manager, Clustering cluster) {
        this.manager = manager;
        this.cluster = cluster;
    }

    @Override
    public String me() {
        return manager.getNodeId();
    }

    @Override
    public List<String> live() {
        List<String> nodes = manager.getNodes();
        return leaving.isEmpty() ? nodes : nodes.stream().filter(node -> !leaving.contains(node)).toList();
    }

    @Override
    public boolean serving() {
        return manager.isActive() && !leaving.contains(me()) && live().size() >= cluster.majority();
    }

    /** {@code node} is stopping: its sessions go to others from now on. */
    void leaving(String node) {
        leaving.add(node);
    }

    /** Whether this node itself is stopping. */
    boolean stopping() {
        return leaving.contains(me());
    }

    /** Every member, leaving or not. */
    List<String> allMembers() {
        return manager.getNodes();
    }

    /** Nodes that left for good are forgotten. */
    void forgetLeft(List<String> members) {
        leaving.retainAll(members);
    }

    /** In a cluster, live sessions are opened by their heirs as nodes come and go (ClusterLinks), not all at start. */
    @Override
    public boolean alone() {
        return false;
    }

    @Override
    public int size() {
        return cluster.size();
    }
}
