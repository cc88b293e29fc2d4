package roundtable.wire;

import java.nio.charset.StandardCharsets;

/**
 * One server frame as the bytes that go on the wire. Encoded once, where it is made: a frame for
 * everyone in a room is written as these same bytes to every socket, never encoded again per socket.
 * The bytes are never changed after construction, so a frame may be handed to any thread.
 */
public final class Frame {

    private final byte[] utf8;

    private Frame(byte[] utf8) {
        this.utf8 = utf8;
    }

    public static Frame of(String json) {
        return new Frame(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes encoded here in wire/, owned by the frame from now on. */
    static Frame wrap(byte[] utf8) {
        return new Frame(utf8);
    }

    /** A frame that arrived encoded (relayed from the node that made it); the bytes are the frame's from now on. */
    public static Frame ofUtf8(byte[] utf8) {
        return new Frame(utf8);
    }

    /** The UTF-8 bytes; shared, so callers must not change them. */
    public byte[] utf8() {
        return utf8;
    }

    public int size() {
        return utf8.length;
    }

    /** The JSON text again (tests, logs): decoded on each call. */
    public String text() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text();
    }
}
