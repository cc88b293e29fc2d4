package roundtable.cluster;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.domain.Role;
import roundtable.room.Placement;
import roundtable.room.RoomDirectory;
import roundtable.room.RoomFailure;
import roundtable.room.RoomMessage;
import roundtable.room.Rooms;
import roundtable.store.SessionRecords;
import roundtable.wire.ClientFrames;
import roundtable.wire.ClientMessage;
import roundtable.wire.LocalCodec;

/**
 * This node's side of the cluster. Other nodes reach its rooms through {@code rt.node.<id>}: a socket
 * of theirs joins a room here (its frames go back numbered to their {@code rt.relay.<id>}), sends the
 * client's commands, leaves; someone is admitted. Frames of rooms elsewhere arrive on this node's own
 * relay address for its sockets. And it watches the members: when one is gone, the sockets relayed from
 * it are closed (their clients come back and reach the session's new owner), its sockets here leave
 * their rooms, and of its live sessions this node opens those it is the heir of, so their timers run
 * on even with nobody connected. A node that sees no majority serves nothing.
 */
public final class ClusterLinks extends VerticleBase {

    static final String CLOSE = "rt.rooms.close";
    /** Published by a node as it stops: the others may claim its sessions from then on. */
    static final String LEAVING = "rt.leaving";
    private static final Logger LOG = LoggerFactory.getLogger(ClusterLinks.class);
    private static final long WATCH_MS = 500;
    /** A forwarded command unanswered this long was lost on the way (or its answer was). */
    static final long UNANSWERED_NANOS = 10_000_000_000L;

    private final HazelcastMembership membership;
    private final Relays relays;
    private final ClusterPlacement placement;
    private final SessionRecords records;
    /** Sockets of other nodes joined to rooms here: by node, then connection id → session id. */
    private final Map<String, Map<String, String>> remoteSockets = new HashMap<>();
    private Rooms here;
    private List<String> lastSeen;
    private boolean serving;

    private ClusterLinks(HazelcastMembership membership, Relays relays, ClusterPlacement placement, SessionRecords records) {
        this.membership = membership;
        this.relays = relays;
        this.placement = placement;
        this.records = records;
    }

    /** The links of one node and the placement its gateways use, which share what they know of relayed sockets. */
    public static ClusterLinks of(EventBus bus, SessionRecords records, HazelcastMembership membership) {
        Relays relays = new Relays();
        return new ClusterLinks(membership, relays, new ClusterPlacement(bus, records, membership, relays), records);
    }

    public Placement placement() {
        return placement;
    }

    static String nodeAddress(String node) {
        return "rt.node." + node;
    }

    static String relayAddress(String node) {
        return "rt.relay." + node;
    }

    @Override
    public Future<?> start() {
        here = new Rooms(vertx, Placement.HERE);
        lastSeen = membership.allMembers();
        // Not serving yet, as far as the watch knows: its first look that sees a majority takes over
        // whatever nobody alive owns (a whole cluster starting at once, say).
        serving = false;
        vertx.setPeriodic(WATCH_MS, id -> watch());
        EventBus bus = vertx.eventBus();
        return Future.all(bus.<JsonObject>consumer(nodeAddress(membership.me()), this::fromNode).completion(),
                bus.<Buffer>consumer(relayAddress(membership.me()), this::relayed).completion(),
                bus.<String>consumer(CLOSE, message -> here.closeHere(message.body())).completion(),
                bus.<String>consumer(LEAVING, message -> {
                    membership.leaving(message.body());
                    placement.forgetNode(message.body());
                }).completion());
    }

    /**
     * This node is stopping: it opens no room any more (a client that comes back for one of its sessions
     * is told to try again in a moment), while the rooms it has finish their work and write it all.
     */
    public void stopServing() {
        membership.leaving(membership.me());
    }

    /**
     * This node has stopped, everything it acknowledged stored and its sessions let go: every node may
     * place them elsewhere from now on (the clients trying again find their session opened by its heir).
     */
    public void leave() {
        vertx.eventBus().publish(LEAVING, membership.me());
    }

    private void fromNode(Message<JsonObject> message) {
        JsonObject body = message.body();
        String sessionId = body.getString("session");
        switch (body.getString("op")) {
            case "connect" -> connect(message, body, sessionId);
            case "submit" -> {
                if (ClientFrames.decode(body.getString("frame")) instanceof ClientMessage.CommandRequest request) {
                    here.submitHere(sessionId, body.getString("connection"), request.opId(), request.command());
                }
            }
            case "disconnect" -> {
                String connection = body.getString("connection");
                remoteSockets.values().forEach(sockets -> sockets.remove(connection));
                here.disconnectHere(sessionId, connection);
            }
            case "admit" -> here.admitHere(sessionId, body.getString("participant"), body.getString("name"),
                            Role.valueOf(body.getString("role")))
                    .onSuccess(message::reply)
                    .onFailure(failure -> refuse(message, failure));
            default -> message.fail(RoomFailure.BROKEN, "unknown operation");
        }
    }

    private void connect(Message<JsonObject> message, JsonObject body, String sessionId) {
        String gateway = body.getString("gateway");
        String connection = body.getString("connection");
        RemoteSubscriber socket = new RemoteSubscriber(vertx.eventBus(), gateway, connection);
        remoteSockets.computeIfAbsent(gateway, node -> new HashMap<>()).put(connection, sessionId);
        here.connectHere(sessionId, new RoomMessage.Connect(connection, body.getString("participant"),
                        body.getLong("lastSeq"), body.getString("epoch"), socket))
                .onSuccess(joined -> message.reply(true))
                .onFailure(failure -> {
                    remoteSockets.getOrDefault(gateway, Map.of()).remove(connection);
                    refuse(message, failure);
                });
    }

    /** Passes the room's refusal on as it is (a 421 names the real owner), anything else as broken. */
    private static void refuse(Message<?> message, Throwable failure) {
        if (failure instanceof ReplyException reply) {
            message.fail(reply.failureCode(), reply.getMessage());
        } else {
            message.fail(RoomFailure.BROKEN, String.valueOf(failure.getMessage()));
        }
    }

    /**
     * A frame for a socket here from a room elsewhere. A number out of order means a message was lost
     * between the nodes: the socket is closed (1012, come back) and its client resumes from what it has.
     */
    private void relayed(Message<Buffer> message) {
        RelayFrames.Relayed relayed = RelayFrames.read(message.body());
        Relays.Relay relay = relays.get(relayed.connectionId());
        if (relay == null) {
            return; // the socket is gone
        }
        if (relayed.number() != relay.expected) {
            relays.remove(relayed.connectionId());
            relay.socket.close((short) 1012, "frames were lost on the way; reconnect");
            return;
        }
        relay.expected++;
        if (relayed.kind() == RelayFrames.FRAME) {
            String answered = RelayFrames.answeredOpId(relayed.frame());
            if (answered != null) {
                relay.forwarded.remove(answered);
            }
            relay.socket.send(relayed.frame());
        } else {
            relays.remove(relayed.connectionId());
            relay.socket.close(relayed.closeCode(), relayed.closeReason());
        }
    }

    private void watch() {
        relays.closeUnanswered(UNANSWERED_NANOS, System.nanoTime());
        List<String> now = membership.allMembers();
        membership.forgetLeft(now);
        List<String> gone = new ArrayList<>(lastSeen);
        gone.removeAll(now);
        lastSeen = now;
        if (membership.stopping()) {
            return; // this node is on its way out, in order: nothing to take over or give up here
        }
        boolean servingNow = membership.serving();
        if (serving && !servingNow) {
            LOG.warn("This node sees {} of {} members, fewer than a majority: it closes its rooms and serves no session"
                    + " until it sees a majority again", membership.live().size(), membership.size());
            vertx.eventBus().send(RoomDirectory.CLOSE_ALL, "", LocalCodec.HERE);
            relays.closeAll((short) 1012, "this node lost its cluster; reconnect");
        } else if (!serving && servingNow) {
            LOG.info("This node sees {} of {} members: it serves sessions", membership.live().size(), membership.size());
            takeOverOrphans("nobody alive");
        }
        serving = servingNow;
        for (String node : gone) {
            LOG.warn("Node {} left the cluster; its sessions are taken over", node);
            placement.forgetNode(node);
            relays.closeFrom(node, (short) 1012, "the session's node is gone; reconnect");
            remoteSockets.getOrDefault(node, Map.of()).forEach((connection, sessionId) -> here.disconnectHere(sessionId, connection));
            remoteSockets.remove(node);
        }
        if (!gone.isEmpty() && servingNow) {
            takeOverOrphans("node " + String.join(", ", gone));
        }
    }

    /**
     * The live sessions whose owner is not alive (or that nobody owns) and of which this node is the
     * heir: opened here, claimed, so their timers run on with nobody connected. Every node does the
     * same for its own share; a claim lets exactly one win.
     */
    private void takeOverOrphans(String from) {
        records.liveSessionOwners().onSuccess(owners -> {
            List<String> live = membership.live();
            int mine = 0;
            int orphans = 0;
            for (Map.Entry<String, String> session : owners.entrySet()) {
                if (session.getValue() != null && live.contains(session.getValue())) {
                    continue;
                }
                orphans++;
                String sessionId = session.getKey();
                if (membership.me().equals(Heirs.of(sessionId, live))) {
                    mine++;
                    vertx.eventBus().request(RoomDirectory.OPEN, sessionId, LocalCodec.HERE).onFailure(failure ->
                            LOG.atInfo().addKeyValue("sessionId", sessionId).log("Did not take over session {}: {}",
                                    sessionId, failure.getMessage()));
                }
            }
            LOG.info("Taking over {} of {} live sessions left by {}", mine, orphans, from);
        }).onFailure(failure -> LOG.warn("Could not read which node owns each live session: {}", failure.getMessage()));
    }
}
