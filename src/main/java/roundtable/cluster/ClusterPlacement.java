package roundtable.cluster;

import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import roundtable.domain.Role;
import roundtable.room.Membership;
import roundtable.room.Placement;
import roundtable.room.RoomLink;
import roundtable.room.RoomMessage;
import roundtable.store.SessionRecords;

/**
 * Where a session's room runs in a cluster: on its owner, as PostgreSQL records it, while that node is
 * alive; otherwise on the heir (rendezvous hashing over the live members), which claims it as it opens
 * the room. What each node believes of an owner is kept until it proves wrong (a refusal names the
 * real owner) or the owner leaves. Shared by every gateway of the node, hence the concurrent map.
 */
public final class ClusterPlacement implements Placement {

    /** How long a node waits for another to take a connection or an admission before giving up. */
    static final long FORWARD_TIMEOUT_MS = 5_000;

    private final EventBus bus;
    private final SessionRecords records;
    private final Membership membership;
    private final Relays relays;
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    ClusterPlacement(EventBus bus, SessionRecords records, Membership membership, Relays relays) {
        this.bus = bus;
        this.records = records;
        this.membership = membership;
        this.relays = relays;
    }

    @Override
    public Future<String> ownerOf(String sessionId) {
        String me = membership.me();
        String known = owners.get(sessionId);
        if (known != null && membership.live().contains(known)) {
            return Future.succeededFuture(known.equals(me) ? null : known);
        }
        return records.ownerOf(sessionId).map(recorded -> {
            String owner = recorded.filter(node -> membership.live().contains(node))
                    .orElseGet(() -> Heirs.of(sessionId, membership.live()));
            owners.put(sessionId, owner);
            return owner.equals(me) ? null : owner;
        });
    }

    @Override
    public void forget(String sessionId) {
        owners.remove(sessionId);
    }

    /** The node left: nothing believed of it holds. */
    void forgetNode(String node) {
        owners.values().removeIf(node::equals);
    }

    @Override
    public Future<RoomLink> connect(String node, String sessionId, RoomMessage.Connect connect) {
        relays.add(connect.connectionId(), connect.subscriber(), node);
        JsonObject request = new JsonObject().put("op", "connect").put("session", sessionId)
                .put("connection", connect.connectionId()).put("participant", connect.participantId())
                .put("lastSeq", connect.lastSeq()).put("epoch", connect.epoch()).put("gateway", membership.me());
        return bus.request(ClusterLinks.nodeAddress(node), request, forward())
                .<RoomLink>map(joined -> new RemoteLink(bus, relays, node, sessionId, connect.connectionId()))
                .onSuccess(link -> owners.put(sessionId, node))
                .onFailure(failed -> relays.remove(connect.connectionId()));
    }

    @Override
    public Future<Long> admit(String node, String sessionId, String participantId, String name, Role role) {
        JsonObject request = new JsonObject().put("op", "admit").put("session", sessionId)
                .put("participant", participantId).put("name", name).put("role", role.name());
        return bus.<Long>request(ClusterLinks.nodeAddress(node), request, forward()).map(Message::body);
    }

    @Override
    public void closeElsewhere(String sessionId) {
        owners.remove(sessionId);
        bus.publish(ClusterLinks.CLOSE, sessionId);
    }

    private static DeliveryOptions forward() {
        return new DeliveryOptions().setSendTimeout(FORWARD_TIMEOUT_MS);
    }
}
