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

    /**
     * A relayed socket; {@code expected} is touched by the relay's thread only. {@code forwarded}: the
     * commands sent to the owner and not yet answered, with when (System.nanoTime()): the socket's loop
     * adds, the relay's thread removes as acks and errors come back, hence concurrent.
     */
    static final class Relay {
        final Subscriber socket;
        final String owner;
        long expected = 1;
        final Map<String, Long> forwarded = new ConcurrentHashMap<>();

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

    /**
     * Sockets with a command the owner has not answered for longer than {@code nanos}: it was lost
     * between the nodes. They are closed (1012, come back): the client sends its outbox again, and the
     * owner applies what it never had and acknowledges again what it had.
     */
    void closeUnanswered(long nanos, long now) {
        byConnection.entrySet().removeIf(entry -> {
            boolean lost = entry.getValue().forwarded.values().stream().anyMatch(sent -> now - sent > nanos);
            if (lost) {
                entry.getValue().socket.close((short) 1012, "a command got no answer from the session's node; reconnect");
            }
            return lost;
        });
    }

    void closeAll(short code, String reason) {
        byConnection.values().forEach(relay -> relay.socket.close(code, reason));
        byConnection.clear();
    }
}
