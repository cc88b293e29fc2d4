package roundtable.room;

import java.util.LinkedHashMap;
import java.util.Map;

/** The sockets of one room, by connection id, each with the participant it speaks for. */
final class Connections {

    record Connection(String participantId, Subscriber subscriber) {
    }

    private final Map<String, Connection> byId = new LinkedHashMap<>();

    void add(String connectionId, String participantId, Subscriber subscriber) {
        byId.put(connectionId, new Connection(participantId, subscriber));
    }

    /** The connection that was removed, or null when it was gone already. */
    Connection remove(String connectionId) {
        return byId.remove(connectionId);
    }

    Connection get(String connectionId) {
        return byId.get(connectionId);
    }

    boolean hasParticipant(String participantId) {
        return byId.values().stream().anyMatch(c -> c.participantId().equals(participantId));
    }

    /** Each connection gets the frame its participant may see. */
    void deliver(Delivery delivery) {
        byId.values().forEach(c -> c.subscriber().send(delivery.frameFor(c.participantId())));
    }

    void closeAll(short code, String reason) {
        byId.values().forEach(c -> c.subscriber().close(code, reason));
        byId.clear();
    }

    void broadcast(String frame) {
        byId.values().forEach(c -> c.subscriber().send(frame));
    }
}
