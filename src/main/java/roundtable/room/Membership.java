package roundtable.room;

import java.util.List;

/**
 * Which nodes are alive, as this node sees them, and which one it is. A room claims its session for
 * this node against that list (a session owned by a node that is not in it may be taken over). One
 * node alone: only itself. In a cluster: the members the cluster manager reports.
 */
public interface Membership {

    String me();

    List<String> live();

    /** Whether this node serves sessions now: alone always; in a cluster while it sees a majority. */
    default boolean serving() {
        return true;
    }

    /** Whether this node runs on its own (it then reopens every live session as it starts). */
    default boolean alone() {
        return true;
    }

    /** How many members the cluster should have (CLUSTER_SIZE); 1 alone. */
    default int size() {
        return 1;
    }

    /** A node on its own. */
    static Membership alone(String nodeId) {
        return new Membership() {
            @Override
            public String me() {
                return nodeId;
            }

            @Override
            public List<String> live() {
                return List.of(nodeId);
            }
        };
    }
}
