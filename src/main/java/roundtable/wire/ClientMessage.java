package roundtable.wire;

import roundtable.domain.Command;

/** What a client may send over its WebSocket, once decoded. */
public sealed interface ClientMessage {

    record Hello(String token, long lastSeq, String epoch) implements ClientMessage {
    }

    record CommandRequest(String opId, String name, Command command) implements ClientMessage {
    }

    /**
     * The client's heartbeat: browsers cannot see WebSocket pings, so a page learns that its
     * connection is dead (a network that dropped without a word) only when its own pings go unanswered.
     */
    record Ping() implements ClientMessage {
    }

    /** A frame that could not be used; the socket stays open and nothing changes. */
    record Invalid(WireError error) implements ClientMessage {
    }
}
