package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import roundtable.TestServer;

/**
 * A fresh forum session with its facilitator connected, in its first phase (check-in, where
 * everyone may post notes), plus the checks the malformed-frame tests share: "an error frame
 * arrived", "nothing changed in the room".
 */
final class LiveSession implements AutoCloseable {

    final JsonNode session;
    final RoomClient facilitator;
    private final Vertx vertx;
    private final TestServer server;
    private final Api api;
    private final List<RoomClient> clients = new ArrayList<>();

    private LiveSession(Vertx vertx, TestServer server, Api api, JsonNode session) {
        this.vertx = vertx;
        this.server = server;
        this.api = api;
        this.session = session;
        this.facilitator = connect(session.path("facilitator").path("token").asText());
        // The facilitator's arrival is an event; tests compare what is stored before and after a
        // refused call, so it must be stored before they begin.
        facilitator.awaitDurable(welcome(facilitator).path("seq").asLong());
    }

    static LiveSession start(Vertx vertx, TestServer server, Api api) {
        return new LiveSession(vertx, server, api, api.createSession("Monthly forum", "forum", "Ada"));
    }

    String id() {
        return session.path("sessionId").asText();
    }

    String facilitatorToken() {
        return session.path("facilitator").path("token").asText();
    }

    /** Joins by invite and connects; returns the participant's socket, after welcome. */
    RoomClient joinParticipant(String name) {
        return connect(api.join(session, name).path("token").asText());
    }

    /** Opens a socket without hello; closed with the session. */
    RoomClient open() {
        RoomClient client = RoomClient.open(vertx, server.port(), id());
        clients.add(client);
        return client;
    }

    /**
     * Opens, says hello and waits for welcome, and for the facilitator's socket to have seen the
     * same seq: an arrival is an event (presence) that must not race with the test's next step.
     */
    RoomClient connect(String token) {
        RoomClient client = RoomClient.join(vertx, server.port(), id(), token);
        clients.add(client);
        if (facilitator != null && facilitator != client) {
            long arrived = welcome(client).path("seq").asLong();
            facilitator.awaitSeq(arrived);
            Stored.await(server, id(), arrived);
        }
        return client;
    }

    /** The room state a brand-new connection of the facilitator is welcomed with. */
    JsonNode freshState() {
        try (RoomClient fresh = RoomClient.join(vertx, server.port(), id(), facilitatorToken())) {
            return welcome(fresh).path("state");
        }
    }

    @Override
    public void close() {
        clients.forEach(RoomClient::close);
    }

    static JsonNode welcome(RoomClient client) {
        return client.await(frame -> "welcome".equals(frame.path("type").asText()));
    }

    /** The highest seq this client has heard of: from welcome, events and acks. */
    static long seqSoFar(RoomClient client) {
        long seq = 0;
        for (JsonNode frame : client.frames()) {
            String type = frame.path("type").asText();
            if (type.equals("welcome") || type.equals("event") || type.equals("ack")) {
                seq = Math.max(seq, frame.path("seq").asLong());
            }
        }
        return seq;
    }

    /** The first error frame that arrived after {@code mark}. */
    static JsonNode awaitError(RoomClient client, int mark) {
        return client.awaitAfter(mark, frame -> "error".equals(frame.path("type").asText()));
    }

    /** A well-formed error frame with this code, this opId (or none when null) and a message. */
    static void assertError(JsonNode error, String code, String opId) {
        assertEquals("error", error.path("type").asText(), () -> "not an error frame: " + brief(error));
        assertEquals(code, error.path("code").asText(), () -> "code of " + brief(error));
        if (opId == null) {
            assertFalse(error.has("opId"), () -> "no opId can be echoed here: " + brief(error));
        } else {
            assertEquals(opId, error.path("opId").asText(null), () -> "opId of " + brief(error));
        }
        assertFalse(error.path("message").asText("").isBlank(), () -> "an error says what was wrong: " + brief(error));
    }

    /** A frame for a failure message: hostile sizes are cut short. */
    static String brief(JsonNode frame) {
        String text = frame.toString();
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " characters)";
    }

    static ObjectNode note(String text) {
        return RoomClient.args().put("kind", "note").put("text", text);
    }

    /**
     * What {@code send} makes {@code client} send is refused: the first error frame after it has
     * this code and opId (none when null) and mentions each hint, and nothing changed in the room.
     */
    static void assertRefused(RoomClient client, Consumer<RoomClient> send, String code, String opId, String... hints) {
        long seqBefore = seqSoFar(client);
        int mark = client.mark();
        send.accept(client);
        JsonNode error = awaitError(client, mark);
        assertError(error, code, opId);
        assertTextContains(error.path("message").asText(), hints);
        assertNothingChangedSince(client, mark, seqBefore);
    }

    /**
     * Proves nothing happened since {@code mark}: a harmless valid command gets exactly the next
     * seq, and its event is the only event this client saw since the mark.
     */
    static void assertNothingChangedSince(RoomClient client, int mark, long seqBefore) {
        assertFalse(client.isClosed(), "the socket stays open");
        JsonNode ack = client.command("card.add", note("probe after a refused frame"));
        assertEquals("ack", ack.path("type").asText(), () -> "the probe is accepted: " + ack);
        assertEquals(seqBefore + 1, ack.path("seq").asLong(), "the refused frame did not use up a seq");
        assertOnlyEventSince(client, mark, seqBefore + 1);
    }

    /** Waits for the event {@code seq}; it must be the only event since {@code mark}. */
    static void assertOnlyEventSince(RoomClient client, int mark, long seq) {
        client.awaitEvent(seq);
        List<JsonNode> events = client.frames().subList(mark, client.mark()).stream()
                .filter(frame -> "event".equals(frame.path("type").asText())).collect(Collectors.toList());
        assertEquals(1, events.size(), () -> "only the probe's event arrived: " + events);
        assertEquals(seq, events.get(0).path("seq").asLong());
    }

    static void assertTextContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + message + "' should mention " + part);
        }
    }
}
