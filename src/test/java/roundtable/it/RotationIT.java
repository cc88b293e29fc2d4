package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The group page's sessions and its suggestion of who facilitates next, over real HTTP and sockets. */
class RotationIT extends OneServerPerClass {

    @Test
    void the_next_facilitator_follows_the_rotation_session_after_session() {
        PeerCircle group = PeerCircle.create(api, "Kim", "Max", "Noa");
        JsonNode fresh = show(group, "Max");
        assertEquals(0, fresh.path("sessions").size());
        assertNext(fresh, group, "Kim", "the first in the rotation when nobody has facilitated yet");

        JsonNode first = group.startSession("January", "forum", "Kim");
        assertNext(show(group, "Noa"), group, "Max", "after Kim comes Max");
        end(first);

        group.startSession("February", "forum", "Max");
        JsonNode afterTwo = show(group, "Kim");
        assertNext(afterTwo, group, "Noa", "after Max comes Noa");

        JsonNode sessions = afterTwo.path("sessions");
        assertEquals(2, sessions.size(), sessions::toString);
        JsonNode january = sessions.get(0);
        assertEquals(first.path("sessionId").asText(), january.path("sessionId").asText());
        assertEquals("January", january.path("title").asText());
        assertEquals(group.idOf("Kim"), january.path("facilitatorId").asText());
        assertEquals("Kim", january.path("facilitatorName").asText());
        assertTrue(january.path("createdAt").asLong() > 0);
        assertTrue(january.path("endedAt").asLong() >= january.path("createdAt").asLong(), january::toString);
        JsonNode february = sessions.get(1);
        assertEquals("February", february.path("title").asText());
        assertEquals("Max", february.path("facilitatorName").asText());
        assertTrue(february.path("endedAt").isNull(), "still running");

        group.startSession("March", "forum", "Noa");
        assertNext(show(group, "Kim"), group, "Kim", "after the last member, the first again");
    }

    @Test
    void the_rotation_follows_whoever_facilitated_last_even_out_of_turn() {
        PeerCircle group = PeerCircle.create(api, "Kim", "Max", "Noa");
        group.startSession("Out of turn", "forum", "Noa");
        assertNext(show(group, "Max"), group, "Kim");
    }

    private JsonNode show(PeerCircle group, String name) {
        Api.Reply reply = api.get(group.path(""), group.token(name));
        assertEquals(200, reply.status(), () -> reply.body().toString());
        return reply.body();
    }

    private static void assertNext(JsonNode view, PeerCircle group, String name, String... why) {
        JsonNode next = view.path("nextFacilitator");
        assertEquals(group.idOf(name), next.path("memberId").asText(), () -> String.join(" ", why) + ": " + view);
        assertEquals(name, next.path("name").asText());
    }

    /** The facilitator ends the session over its socket, and the end is durable. */
    private void end(JsonNode session) {
        try (RoomClient facilitator = RoomClient.join(running.vertx(), running.server().port(),
                session.path("sessionId").asText(), session.path("facilitator").path("token").asText())) {
            JsonNode ack = facilitator.command("session.end", RoomClient.args());
            assertEquals("ack", ack.path("type").asText(), ack::toString);
            facilitator.awaitDurable(ack.path("seq").asLong());
        }
    }
}
