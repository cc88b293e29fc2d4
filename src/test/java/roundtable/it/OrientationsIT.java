package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A member's orientations (where I stand, what I will test) are kept across the group's sessions. */
class OrientationsIT extends OneServerPerClass {

    @Test
    void an_orientation_card_is_kept_for_its_member_and_shown_to_the_group() {
        Circle circle = Circle.create(running, "Orientation circle", "Ada", null, null).join("Grace");
        try (Circle.Meeting meeting = circle.meet("Deciding", "forum", "Ada", "Grace")) {
            String grace = meeting.welcomes.get("Grace").get("participantId").asText();
            meeting.ok("Ada", "presenter.set", RoomClient.args().put("participantId", grace));
            meeting.phase("Ada", "commitment");
            meeting.card("Grace", "orientation", "I lean to hiring seniors; I will test it with one interview loop.");
            meeting.end("Ada");
        }
        Api.Reply reply = circle.get("/orientations", "Ada");
        assertEquals(200, reply.status(), () -> String.valueOf(reply.body()));
        JsonNode orientation = reply.body().get(0);
        assertEquals("Grace", orientation.get("memberName").asText());
        assertEquals("Deciding", orientation.get("sessionTitle").asText());
        assertEquals("I lean to hiring seniors; I will test it with one interview loop.", orientation.get("text").asText());
    }
}
