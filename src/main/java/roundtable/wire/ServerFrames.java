package roundtable.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import roundtable.domain.Role;

/** Every frame the server sends, encoded once, ready to write. */
public final class ServerFrames {

    private ServerFrames() {
    }

    /** Built around the event's JSON as it was encoded once, so a room encodes each event once. */
    public static Frame event(long seq, String eventJson) {
        return Frame.of("{\"type\":\"event\",\"seq\":" + seq + ",\"event\":" + eventJson + "}");
    }

    public static Frame ack(String opId, long seq) {
        return write(frame("ack").put("opId", opId).put("seq", seq));
    }

    public static Frame error(String opId, String code, String message) {
        ObjectNode frame = frame("error");
        if (opId != null) {
            frame.put("opId", opId);
        }
        return write(frame.put("code", code).put("message", message));
    }

    public static Frame error(WireError error) {
        return error(error.opId(), error.code(), error.message());
    }

    /** The answer to a client's ping; the same text every time. */
    public static final Frame PONG = Frame.of("{\"type\":\"pong\"}");

    public static Frame durable(long seq) {
        return write(frame("durable").put("seq", seq));
    }

    /**
     * The full state as of {@code seq}. {@code publicUrl} is the address links should use when the
     * server has one configured (the page otherwise uses the address it was opened at), or null.
     */
    public static Frame welcome(String participantId, Role role, long seq, long serverTime, String epoch,
                                 String publicUrl, JsonNode state) {
        ObjectNode frame = welcomeFrame(participantId, role, seq, serverTime, epoch);
        if (publicUrl != null) {
            frame.put("publicUrl", publicUrl);
        }
        return write(frame.set("state", state));
    }

    /** A resume: the missed events follow this frame, in order. */
    public static Frame resumed(String participantId, Role role, long lastSeq, long serverTime, String epoch) {
        return write(welcomeFrame(participantId, role, lastSeq, serverTime, epoch).put("resumed", true));
    }

    private static ObjectNode welcomeFrame(String participantId, Role role, long seq, long serverTime, String epoch) {
        return frame("welcome").put("participantId", participantId).put("role", role.toString())
                .put("seq", seq).put("serverTime", serverTime).put("epoch", epoch);
    }

    private static ObjectNode frame(String type) {
        return Json.MAPPER.createObjectNode().put("type", type);
    }

    private static Frame write(ObjectNode frame) {
        try {
            return Frame.wrap(Json.MAPPER.writeValueAsBytes(frame));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
