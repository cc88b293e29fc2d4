package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Deleting a group while one of its sessions is live: its people are disconnected, and every
 * other session on the server goes on being saved.
 */
class GroupDeletionIT extends OneServerPerClass {

    @Test
    void a_live_group_session_is_closed_and_other_sessions_stay_durable() {
        Circle circle = Circle.create(running, "Short-lived circle", "Ada", null, null).join("Grace");
        try (Circle.Meeting meeting = circle.meet("Last meeting", "forum", "Ada", "Grace");
             LiveSession other = running.liveSession()) {
            meeting.card("Grace", "note", "Still here");

            Api.Reply deleted = running.api().delete("/api/groups/" + circle.id, circle.keeperToken());
            assertEquals(204, deleted.status(), () -> String.valueOf(deleted.body()));

            short code = meeting.clients.get("Grace").awaitClose();
            assertEquals(1001, code, "the room of a deleted session closes its sockets");
            JsonNode ack = other.facilitator.command("card.add", LiveSession.note("Business as usual"));
            assertEquals("ack", ack.get("type").asText());
            other.facilitator.awaitDurable(ack.get("seq").asLong());
            assertTrue(running.api().get("/api/sessions/" + meeting.id + "/recap", meeting.facilitatorToken()).status() >= 400,
                    "the deleted session is gone");
        }
    }
}
