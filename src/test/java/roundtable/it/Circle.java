package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import roundtable.wire.Json;

/**
 * A peer group driven over the real API: created by its keeper, joined by members who accept its
 * agreement, meeting in group sessions where everyone is connected over a WebSocket.
 */
final class Circle {

    final String id;
    final String inviteCode;
    final JsonNode created;
    /** Member name to member token, the keeper first. */
    final Map<String, String> tokens = new LinkedHashMap<>();
    /** Member name to member id. */
    final Map<String, String> ids = new LinkedHashMap<>();
    private final RunningServer running;

    private Circle(RunningServer running, JsonNode created, String keeper) {
        this.running = running;
        this.created = created;
        this.id = created.path("groupId").asText();
        this.inviteCode = created.path("inviteCode").asText();
        tokens.put(keeper, created.path("member").path("token").asText());
        ids.put(keeper, created.path("member").path("memberId").asText());
    }

    /** A group whose keeper is {@code keeper}; {@code policy} may be null for the default. */
    static Circle create(RunningServer running, String name, String keeper, String agreement, String policy) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("name", name).put("keeperName", keeper);
        if (agreement != null) {
            body.put("agreement", agreement);
        }
        if (policy != null) {
            body.put("recordingPolicy", policy);
        }
        Api.Reply reply = running.api().post("/api/groups", body.toString());
        assertEquals(201, reply.status(), () -> "the group is created: " + reply.body());
        return new Circle(running, reply.body(), keeper);
    }

    /** A member joins, accepting the agreement. */
    Circle join(String name) {
        Api.Reply reply = running.api().post("/api/groups/" + id + "/members", Json.MAPPER.createObjectNode()
                .put("name", name).put("inviteCode", inviteCode).put("acceptAgreement", true).toString());
        assertEquals(201, reply.status(), () -> name + " joins: " + reply.body());
        tokens.put(name, reply.body().path("token").asText());
        ids.put(name, reply.body().path("memberId").asText());
        return this;
    }

    String token(String name) {
        return tokens.get(name);
    }

    String keeperToken() {
        return tokens.values().iterator().next();
    }

    Api.Reply get(String path, String name) {
        return running.api().get("/api/groups/" + id + path, token(name));
    }

    /** The group's commitment history, as {@code name} reads it. */
    JsonNode commitments(String name) {
        Api.Reply reply = get("/commitments", name);
        assertEquals(200, reply.status(), () -> "commitments: " + reply.body());
        return reply.body();
    }

    JsonNode health(String name) {
        Api.Reply reply = get("/health", name);
        assertEquals(200, reply.status(), () -> "health: " + reply.body());
        return reply.body();
    }

    /**
     * A group session of {@code protocol} (null for the group's default) that {@code facilitator}
     * starts with their member token and the others join with theirs; everyone is connected.
     */
    Meeting meet(String title, String protocol, String facilitator, String... others) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("title", title).put("groupId", id);
        if (protocol != null) {
            body.put("protocol", protocol);
        }
        Api.Reply reply = running.api().post("/api/sessions", body.toString(), token(facilitator));
        assertEquals(201, reply.status(), () -> "the group session is created: " + reply.body());
        Meeting meeting = new Meeting(running, reply.body());
        meeting.arrive(facilitator, reply.body().path("facilitator").path("token").asText());
        for (String name : others) {
            Api.Reply joined = running.api().post("/api/sessions/" + meeting.id + "/participants", "{}", token(name));
            assertEquals(201, joined.status(), () -> name + " joins the group session: " + joined.body());
            meeting.arrive(name, joined.body().path("token").asText());
        }
        return meeting;
    }

    /** One group session with everyone in it connected. */
    static final class Meeting implements AutoCloseable {

        final String id;
        final JsonNode session;
        /** Name to socket, in the order they arrived. */
        final Map<String, RoomClient> clients = new LinkedHashMap<>();
        /** Name to the welcome they were greeted with. */
        final Map<String, JsonNode> welcomes = new LinkedHashMap<>();
        final Map<String, String> sessionTokens = new LinkedHashMap<>();
        private final RunningServer running;

        private Meeting(RunningServer running, JsonNode session) {
            this.running = running;
            this.session = session;
            this.id = session.path("sessionId").asText();
        }

        private void arrive(String name, String token) {
            RoomClient client = RoomClient.join(running.vertx(), running.server().port(), id, token);
            JsonNode welcome = LiveSession.welcome(client);
            long seq = welcome.path("seq").asLong();
            clients.values().forEach(other -> other.awaitSeq(seq));
            clients.put(name, client);
            welcomes.put(name, welcome);
            sessionTokens.put(name, token);
        }

        String facilitatorToken() {
            return session.path("facilitator").path("token").asText();
        }

        /** A command that must be accepted; returns its seq once everyone has seen it. */
        long ok(String name, String command, ObjectNode args) {
            JsonNode reply = clients.get(name).command(command, args);
            assertEquals("ack", reply.path("type").asText(), () -> name + "'s " + command + " " + args + " was refused: " + reply);
            long seq = reply.path("seq").asLong();
            clients.values().forEach(client -> client.awaitSeq(seq));
            return seq;
        }

        /** Adds a commitment in {@code name}'s name and returns its id. */
        String commit(String name, String text) {
            long seq = ok(name, "commitment.add", RoomClient.args().put("text", text));
            return clients.get(name).awaitEvent(seq).path("event").path("commitment").path("id").asText();
        }

        void card(String name, String kind, String text) {
            ok(name, "card.add", RoomClient.args().put("kind", kind).put("text", text));
        }

        void phase(String facilitator, String phaseId) {
            ok(facilitator, "phase.goto", RoomClient.args().put("phaseId", phaseId));
        }

        /** Ends the session and waits until everything up to the end is stored. */
        long end(String facilitator) {
            long seq = ok(facilitator, "session.end", null);
            clients.get(facilitator).awaitDurable(seq);
            return seq;
        }

        /** The open commitments the session was welcomed with, as {@code name} saw them. */
        List<JsonNode> welcomedCommitments(String name) {
            List<JsonNode> commitments = new ArrayList<>();
            welcomes.get(name).path("state").path("commitments").forEach(commitments::add);
            return commitments;
        }

        /** Closes every socket and waits until the session's last event (someone going offline) is stored. */
        @Override
        public void close() {
            clients.values().forEach(RoomClient::close);
            clients.clear();
        }

        /**
         * Closes every socket, then waits until the server has stored that the last of them went
         * offline (or the session has ended, after which nothing more is recorded): after this,
         * nothing more happens in the session.
         */
        void leaveAndSettle() {
            close();
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline) {
                if (settled()) {
                    return;
                }
                sleep(50);
            }
            throw new AssertionError("the server did not record everyone leaving session " + id);
        }

        /** Whether the stored events say the session ended, or that nobody is online any more. */
        private boolean settled() {
            try (Connection sql = running.server().sql();
                 PreparedStatement query = sql.prepareStatement("""
                         SELECT type, payload->>'participantId' AS who, (payload->>'online')::boolean AS online
                           FROM session_events WHERE session_id = ? AND type IN ('presence.changed', 'session.ended')
                          ORDER BY seq""")) {
                query.setString(1, id);
                Map<String, Boolean> online = new LinkedHashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getString("type").equals("session.ended")) {
                            return true;
                        }
                        online.put(rows.getString("who"), rows.getBoolean("online"));
                    }
                }
                return !online.containsValue(true);
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
