package roundtable.cluster;

import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import roundtable.domain.Command;
import roundtable.room.RoomLink;

/**
 * A socket's way to its session's room on another node: each command travels as the client's own
 * frame (no domain record crosses between nodes; the owner decodes it with the same strict decoder).
 */
final class RemoteLink implements RoomLink {

    private final EventBus bus;
    private final Relays relays;
    private final String owner;
    private final String sessionId;
    private final String connectionId;

    RemoteLink(EventBus bus, Relays relays, String owner, String sessionId, String connectionId) {
        this.bus = bus;
        this.relays = relays;
        this.owner = owner;
        this.sessionId = sessionId;
        this.connectionId = connectionId;
    }

    @Override
    public void submit(String opId, Command command, String frame) {
        Relays.Relay relay = relays.get(connectionId);
        if (relay != null && opId != null) {
            relay.forwarded.put(opId, System.nanoTime());
        }
        bus.send(ClusterLinks.nodeAddress(owner), new JsonObject().put("op", "submit").put("session", sessionId)
                .put("connection", connectionId).put("frame", frame));
    }

    @Override
    public void disconnect() {
        relays.remove(connectionId);
        bus.send(ClusterLinks.nodeAddress(owner), new JsonObject().put("op", "disconnect").put("session", sessionId)
                .put("connection", connectionId));
    }
}
