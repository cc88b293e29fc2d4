package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import roundtable.wire.Json;

/**
 * A session of any protocol with its facilitator and named participants, everyone connected and
 * caught up: each arrival (a presence event) is awaited by everyone already there, so no test
 * step races an arrival.
 */
final class Group implements AutoCloseable {

    final JsonNode session;
    final RoomClient facilitator;
    /** Name to socket, the facilitator first, then the participants in the order they joined. */
    final Map<String, RoomClient> clients = new LinkedHashMap<>();
    /** Name to participant id, in the same order. */
    final Map<String, String> ids = new LinkedHashMap<>();
    /** Name to token, in the same order. */
    final Map<String, String> tokens = new LinkedHashMap<>();
    private final RunningServer running;
    private final List<RoomClient> extra = new ArrayList<>();
    private final java.util.Set<String> left = new java.util.HashSet<>();

    private Group(RunningServer running, JsonNode session, String facilitatorName) {
        this.running = running;
        this.session = session;
        tokens.put(facilitatorName, session.path("facilitator").path("token").asText());
        this.facilitator = arrive(facilitatorName);
    }

    /** Creates a session of {@code protocol} facilitated by Ada and connects everyone named. */
    static Group start(RunningServer running, String protocol, String... participants) {
        return startIn(running, protocol, null, participants);
    }

    /** The same, in a session held in {@code language}. */
    static Group startIn(RunningServer running, String protocol, String language, String... participants) {
        Group group = new Group(running, running.api().createSession("A " + protocol + " session", protocol, "Ada", language), "Ada");
        for (String name : participants) {
            group.join(name);
        }
        return group;
    }

    /** Joins by invite and connects; returns the socket once everyone has seen the arrival. */
    RoomClient join(String name) {
        tokens.put(name, running.api().join(session, name).path("token").asText());
        return arrive(name);
    }

    private RoomClient arrive(String name) {
        RoomClient client = RoomClient.join(running.vertx(), running.server().port(), id(), tokens.get(name));
        JsonNode welcome = LiveSession.welcome(client);
        ids.put(name, welcome.path("participantId").asText());
        awaitAll(welcome.path("seq").asLong());
        clients.put(name, client);
        left.remove(name);
        return client;
    }

    String id() {
        return session.path("sessionId").asText();
    }

    RoomClient client(String name) {
        return clients.get(name);
    }

    String idOf(String name) {
        return ids.get(name);
    }

    String nameOf(String participantId) {
        return ids.entrySet().stream().filter(e -> e.getValue().equals(participantId)).map(Map.Entry::getKey)
                .findFirst().orElse(participantId);
    }

    /** Sends a command that must be accepted; returns its ack. */
    JsonNode ok(String name, String command, ObjectNode args) {
        JsonNode reply = client(name).command(command, args);
        assertEquals("ack", reply.path("type").asText(), () -> name + "'s " + command + " " + args + " was refused: " + reply);
        return reply;
    }

    /** Waits until every connected socket has received the event {@code seq}. */
    void awaitAll(long seq) {
        clients.forEach((name, client) -> {
            if (!left.contains(name)) {
                client.awaitSeq(seq);
            }
        });
    }

    /** The event {@code seq} as {@code name}'s socket received it. */
    JsonNode event(String name, long seq) {
        return client(name).awaitEvent(seq).path("event");
    }

    /** Closes a member's socket and waits until the facilitator saw them go offline. */
    void leave(String name) {
        leave(name, facilitator);
    }

    /** Closes a member's socket and returns the event, as {@code observer} saw it, that they went offline. */
    JsonNode leave(String name, RoomClient observer) {
        client(name).close();
        left.add(name);
        String id = idOf(name);
        return observer.await(frame -> "presence.changed".equals(frame.path("event").path("type").asText())
                && id.equals(frame.path("event").path("participantId").asText())
                && !frame.path("event").path("online").asBoolean(true));
    }

    /** The room state a brand-new connection of {@code name} is welcomed with; the socket is closed again. */
    JsonNode freshState(String name) {
        return freshWelcome(name).path("state");
    }

    JsonNode freshWelcome(String name) {
        try (RoomClient fresh = RoomClient.join(running.vertx(), running.server().port(), id(), tokens.get(name))) {
            return LiveSession.welcome(fresh);
        }
    }

    /** A new socket for {@code name}, kept open until the group closes. */
    RoomClient connectAgain(String name) {
        RoomClient client = RoomClient.join(running.vertx(), running.server().port(), id(), tokens.get(name));
        extra.add(client);
        return client;
    }

    /**
     * Every event of the session, as {@code name} may see them, replayed to a new socket from seq 0
     * within the room's current epoch (the room holds its whole history since it was opened).
     */
    List<JsonNode> history(String name, String epoch) {
        try (RoomClient replay = RoomClient.open(running.vertx(), running.server().port(), id())) {
            replay.sendRaw(Json.MAPPER.createObjectNode().put("type", "hello").put("token", tokens.get(name))
                    .put("lastSeq", 0).put("epoch", epoch).toString());
            JsonNode welcome = LiveSession.welcome(replay);
            assertTrue(welcome.path("resumed").asBoolean(), () -> "a replay from seq 0, not a full welcome: " + welcome);
            replay.await(frame -> "durable".equals(frame.path("type").asText()));
            return replay.events();
        }
    }

    /** Event frames of one type, as {@code frames} hold them. */
    static List<JsonNode> ofType(List<JsonNode> frames, String type) {
        return frames.stream().filter(f -> type.equals(f.path("event").path("type").asText())).toList();
    }

    static Predicate<JsonNode> eventOfType(String type) {
        return frame -> "event".equals(frame.path("type").asText()) && type.equals(frame.path("event").path("type").asText());
    }

    static String text(List<JsonNode> frames) {
        StringBuilder all = new StringBuilder();
        frames.forEach(frame -> all.append(frame.toString()).append('\n'));
        return all.toString();
    }

    @Override
    public void close() {
        clients.values().forEach(RoomClient::close);
        extra.forEach(RoomClient::close);
    }
}
