package roundtable.room;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import roundtable.wire.Frame;
import roundtable.wire.Json;

/** A socket as the room sees it: it records every frame it is sent and whether it was closed. */
final class FakeSocket implements Subscriber {

    /** The connection id the room knows this socket by. */
    String connectionId;
    private final List<JsonNode> frames = new ArrayList<>();
    private Short closedWith;

    @Override
    public synchronized void send(Frame frame) {
        try {
            frames.add(Json.MAPPER.readTree(frame.utf8()));
        } catch (Exception e) {
            throw new AssertionError("the room sent a frame that is not JSON: " + frame, e);
        }
    }

    @Override
    public synchronized void close(short code, String reason) {
        closedWith = code;
    }

    synchronized List<JsonNode> frames() {
        return List.copyOf(frames);
    }

    synchronized List<JsonNode> ofType(String type) {
        return frames.stream().filter(f -> type.equals(f.path("type").asText())).toList();
    }

    synchronized JsonNode last(String type) {
        List<JsonNode> found = ofType(type);
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    synchronized Short closedWith() {
        return closedWith;
    }
}
