package roundtable.cluster;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import roundtable.wire.Frame;

/**
 * What the owner of a session sends to the node where a socket of it is connected: a frame for that
 * socket, or that it is to be closed, each with the relay's own running number, so the receiving node
 * sees a lost message as a gap (the event bus between nodes is best effort) and has the client resume.
 * Binary: the frame's bytes go as they are, never parsed on the way.
 */
final class RelayFrames {

    static final byte FRAME = 0;
    static final byte CLOSE = 1;

    /** One relayed message, read back. */
    record Relayed(String connectionId, long number, byte kind, Frame frame, short closeCode, String closeReason) {
    }

    private RelayFrames() {
    }

    static Buffer frame(String connectionId, long number, Frame frame) {
        return head(connectionId, number, FRAME).appendBytes(frame.utf8());
    }

    static Buffer close(String connectionId, long number, short code, String reason) {
        return head(connectionId, number, CLOSE).appendShort(code).appendString(reason, "UTF-8");
    }

    private static Buffer head(String connectionId, long number, byte kind) {
        byte[] id = connectionId.getBytes(StandardCharsets.UTF_8);
        return Buffer.buffer(id.length + 64).appendShort((short) id.length).appendBytes(id).appendLong(number).appendByte(kind);
    }

    static Relayed read(Buffer message) {
        int idLength = message.getShort(0);
        String connectionId = message.getString(2, 2 + idLength, "UTF-8");
        int at = 2 + idLength;
        long number = message.getLong(at);
        byte kind = message.getByte(at + 8);
        int body = at + 9;
        if (kind == FRAME) {
            return new Relayed(connectionId, number, kind, Frame.ofUtf8(message.getBytes(body, message.length())), (short) 0, null);
        }
        return new Relayed(connectionId, number, kind, null, message.getShort(body),
                message.getString(body + 2, message.length(), "UTF-8"));
    }
}
