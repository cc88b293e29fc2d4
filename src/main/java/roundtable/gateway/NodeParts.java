package roundtable.gateway;

import io.vertx.sqlclient.Pool;
import roundtable.metrics.NodeMetrics;
import roundtable.room.Membership;
import roundtable.room.Placement;
import roundtable.store.ProtocolCatalog;
import roundtable.store.SessionLog;
import roundtable.store.WriteBuffer;

/**
 * What every gateway of a node is given, made once by the node: its database pool and session log, the
 * built-in protocols, its meters, its write buffer (readiness reads it), whether it is draining, and
 * where sessions' rooms run and who is alive (one node alone, or a cluster).
 */
public record NodeParts(Pool pool, SessionLog log, ProtocolCatalog protocols, NodeMetrics metrics, WriteBuffer buffer,
                        Draining draining, Placement placement, Membership membership) {
}
