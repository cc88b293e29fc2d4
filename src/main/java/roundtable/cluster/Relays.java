package roundtable.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import roundtable.room.Subscriber;

/**
 * The sockets of this node whose sessions run on other nodes: which local socket a relayed frame is
 * for, and which node it comes from. The one map shared between the gateways' loops (which add and
 * remove sockets) and the cluster's relay (which delivers to them), hence concurrent.
 */
final class Relays {

    /** A relayed socket; {@code expected} is touched by the relay's thread only. */
    static final class Relay {
        final Subscriber socket;
        final String owner;
        long expected = 1;

        Relay(Subscriber socket, String owner) {
            this.socket = socket;
            this.owner = owner;
        }
    }

    private final Map<String, Relay> byConnection = new ConcurrentHashMap<>();

    void add(String connectionId, Subscriber socket, String owner) {
        byConnection.put(connectionId, new Relay(socket, owner));
    }

    void remove(String connectionId) {
        byConnection.remove(connectionId);
    }

    Relay get(String connectionId) {
        return byConnection.get(connectionId);
    }

    /** Every socket relayed from {@code owner} (it died or left): closed so that their clients come back elsewhere. */
    void closeFrom(String owner, short code, String reason) {
        byConnection.entrySet().removeIf(entry -> {
            if (entry.getValue().owner.equals(owner)) {
                entry.getValue().socket.close(code, reason);
                return true;
            }
            return false;
        });
    }

    void closeAll(short code, String reason) {
        byConnection.values().forEach(relay -> relay.socket.close(code, reason));
        byConnection.clear();
    }
}
