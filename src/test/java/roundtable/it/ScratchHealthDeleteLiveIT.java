package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScratchHealthDeleteLiveIT {
    @RegisterExtension
    static final RunningServer running = new RunningServer();

    @Test
    void deleting_a_group_while_its_room_is_live() throws Exception {
        Circle circle = Circle.create(running, "Live", "Ada", null, null).join("Grace");
        Circle.Meeting meeting = circle.meet("Live session", "forum", "Ada", "Grace");
        meeting.card("Grace", "note", "before");
        assertEquals(204, running.api().delete("/api/groups/" + circle.id, circle.keeperToken()).status());
        JsonNode after = meeting.clients.get("Grace").command("card.add", RoomClient.args().put("kind", "note").put("text", "after delete"));
        System.out.println("SCRATCH after delete: " + after);
        meeting.close();
        Thread.sleep(500);
        try (LiveSession other = running.liveSession()) {
            JsonNode ack = other.facilitator.command("card.add", LiveSession.note("unrelated"));
            System.out.println("SCRATCH unrelated ack: " + ack);
            other.facilitator.awaitDurable(ack.path("seq").asLong());
            System.out.println("SCRATCH unrelated durable OK");
        }
    }
}
