package roundtable.room;

import roundtable.wire.Frame;

/**
 * All a room knows of a connection: it can be sent frames and be closed. The room never sees
 * the transport, so it can be driven by a test double that delivers only when the test says so.
 */
public interface Subscriber {

    /** Sends one text frame. The same frame, bytes and all, goes to every subscriber it is for. */
    void send(Frame frame);

    void close(short code, String reason);
}
