package roundtable.wire;

import roundtable.domain.Command;

/** What a client may send over its WebSocket, once decoded. */
public sealed interface ClientMessage {

    record Hello(String token, long lastSeq, String epoch) implements ClientMessage {
    }

    record CommandRequest(String opId, String name, Command command) implements ClientMessage {
    }

    /** A frame that could not be used; the socket stays open and nothing changes. */
    record Invalid(WireError error) implements ClientMessage {
    }
}
