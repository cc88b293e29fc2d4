package roundtable.room;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import roundtable.wire.Frame;
import roundtable.wire.ServerFrames;

/** The sockets of one room, by connection id, each with the participant it speaks for. */
final class Connections {

    /** Frames held for one connection while it catches up; beyond this it gets a full welcome instead. */
    static final int MAX_HELD_FRAMES = 10_000;

    /**
     * One socket of the room. While it catches up (its missed events are being read from the
     * database) the frames the room produces for it are held, in order, and sent after the replay.
     */
    static final class Connection {
        private final String participantId;
        private final Subscriber subscriber;
        private List<Frame> held;
        private boolean overflowed;
        /** The seq of this connection's last acknowledged command, and the highest durable seq it was told. */
        private long acked;
        private long toldDurable;

        Connection(String participantId, Subscriber subscriber, boolean catchingUp) {
            this.participantId = participantId;
            this.subscriber = subscriber;
            this.held = catchingUp ? new ArrayList<>() : null;
        }

        String participantId() {
            return participantId;
        }

        Subscriber subscriber() {
            return subscriber;
        }

        /** Sends now, or holds while the connection catches up. */
        void send(Frame frame) {
            if (held == null) {
                subscriber.send(frame);
            } else if (held.size() < MAX_HELD_FRAMES) {
                held.add(frame);
            } else {
                overflowed = true;
            }
        }

        /** Its command was applied up to {@code seq}: it will want to hear when that is durable. */
        void acked(long seq) {
            acked = Math.max(acked, seq);
        }

        /** Whether it waits to hear that its last acknowledged command is durable. */
        boolean awaitsDurable() {
            return acked > toldDurable;
        }

        /** Sends the durable frame for {@code seq}. */
        void toldDurable(long seq, Frame frame) {
            toldDurable = Math.max(toldDurable, seq);
            send(frame);
        }

        /** Whether frames had to be dropped while it caught up (then only a full welcome is correct). */
        boolean overflowed() {
            return overflowed;
        }

        /** Ends catching up: the held frames go out (or are dropped, when a full welcome replaces them). */
        void goLive(boolean sendHeld) {
            List<Frame> frames = held;
            held = null;
            if (sendHeld && frames != null) {
                frames.forEach(subscriber::send);
            }
        }
    }

    private final Map<String, Connection> byId = new LinkedHashMap<>();

    void add(String connectionId, String participantId, Subscriber subscriber) {
        byId.put(connectionId, new Connection(participantId, subscriber, false));
    }

    /** Adds a connection whose frames are held until {@link Connection#goLive}. */
    Connection addCatchingUp(String connectionId, String participantId, Subscriber subscriber) {
        Connection connection = new Connection(participantId, subscriber, true);
        byId.put(connectionId, connection);
        return connection;
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
        byId.values().forEach(c -> c.send(delivery.frameFor(c.participantId())));
    }

    void closeAll(short code, String reason) {
        byId.values().forEach(c -> c.subscriber().close(code, reason));
        byId.clear();
    }

    /**
     * Everything up to {@code seq} is durable: told to the connections waiting for their own commands
     * to be, and to nobody else. Only a client's own outbox needs it (it keeps a command until durable
     * covers its ack), so nobody is sent a frame a committed batch of someone else's would cost them;
     * a connection is also told right after its welcome.
     */
    void durable(long seq) {
        Frame frame = null;
        for (Connection connection : byId.values()) {
            if (connection.awaitsDurable()) {
                frame = frame == null ? ServerFrames.durable(seq) : frame;
                connection.toldDurable(seq, frame);
            }
        }
    }
}
