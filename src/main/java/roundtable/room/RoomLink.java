package roundtable.room;

import roundtable.domain.Command;

/**
 * A connection's way to the room it joined, wherever that room runs: on this node, or on the node
 * that owns the session (then the command travels as the client's own frame, decoded there again).
 */
public interface RoomLink {

    /** A client command; answered on the connection with ack or error. {@code frame} is the client's text. */
    void submit(String opId, Command command, String frame);

    /** The socket closed. */
    void disconnect();
}
