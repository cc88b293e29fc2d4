package roundtable.cluster;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import roundtable.wire.Frame;
import roundtable.wire.Json;

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

    private static final byte[] ACK = "{\"type\":\"ack\",\"opId\":\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ERROR = "{\"type\":\"error\",\"opId\":\"".getBytes(StandardCharsets.UTF_8);

    /**
     * The opId an ack or error answers, read from the start of the frame (ServerFrames writes type and
     * opId first); null for any other frame. Only the frames' own bytes are looked at, never parsed.
     */
    static String answeredOpId(Frame frame) {
        byte[] bytes = frame.utf8();
        int start = startsWith(bytes, ACK) ? ACK.length : startsWith(bytes, ERROR) ? ERROR.length : -1;
        if (start < 0) {
            return null;
        }
        int end = start;
        while (end < bytes.length && bytes[end] != '"' && bytes[end] != '\\') {
            end++;
        }
        if (end < bytes.length && bytes[end] == '"') {
            return new String(bytes, start, end - start, StandardCharsets.UTF_8);
        }
        try {
            return Json.MAPPER.readTree(bytes).path("opId").asText(null); // an opId with escapes: rare, read properly
        } catch (java.io.IOException unreadable) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
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
