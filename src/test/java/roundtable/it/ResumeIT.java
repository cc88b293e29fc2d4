package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A participant whose link drops without a close frame (a TCP reset, as when Wi-Fi goes) comes back
 * with hello(lastSeq, epoch) and is sent exactly what it missed: no more, no less, in order, as a
 * participant who stayed saw it. Once from memory (a short blip), once when more happened than memory
 * holds, so the older missed events are read back from PostgreSQL.
 */
class ResumeIT extends OneServerPerClass {

    @Test
    void a_cut_socket_resumes_with_exactly_the_missed_events_from_memory() {
        resumeAfterCut(12, false);
    }

    @Test
    void a_cut_socket_resumes_with_exactly_the_missed_events_when_older_ones_come_from_the_database() {
        resumeAfterCut(1_200, true);
    }

    private void resumeAfterCut(int missedCards, boolean beyondMemory) {
        try (LiveSession room = running.liveSession()) {
            RoomClient linus = room.joinParticipant("Linus"); // stays connected throughout: the reference
            String graceToken = running.api().join(room.session, "Grace").path("token").asText();

            RawSocket raw = RawSocket.open(running.server().port(), room.id(), 0);
            raw.hello(graceToken);
            JsonNode welcome = raw.awaitText(frame -> "welcome".equals(frame.path("type").asText()));
            raw.awaitText(frame -> "durable".equals(frame.path("type").asText()));
            long lastSeq = welcome.path("seq").asLong();
            String epoch = welcome.path("epoch").asText();
            linus.awaitSeq(lastSeq);

            raw.cut();
            long lastCard = 0;
            for (int i = 0; i < missedCards; i++) {
                JsonNode ack = room.facilitator.command("card.add", LiveSession.note("while Grace was away " + i));
                assertEquals("ack", ack.path("type").asText(), ack::toString);
                lastCard = ack.path("seq").asLong();
            }
            room.facilitator.awaitDurable(lastCard);

            RoomClient grace = RoomClient.open(running.vertx(), running.server().port(), room.id());
            try {
                grace.hello(graceToken, lastSeq, epoch);
                JsonNode resumed = grace.await(frame -> "welcome".equals(frame.path("type").asText()));
                assertTrue(resumed.path("resumed").asBoolean(), () -> "a resume, not the full state: " + resumed);
                assertEquals(lastSeq, resumed.path("seq").asLong());
                grace.await(frame -> "durable".equals(frame.path("type").asText()));

                List<JsonNode> replay = new ArrayList<>();
                boolean afterWelcome = false;
                for (JsonNode frame : grace.frames()) {
                    String type = frame.path("type").asText();
                    if (type.equals("welcome")) {
                        afterWelcome = true;
                    } else if (type.equals("durable") && afterWelcome) {
                        break;
                    } else if (type.equals("event") && afterWelcome) {
                        replay.add(frame);
                    }
                }
                // Everything up to and including Grace's own return (presence) was missed or is new.
                long end = replay.isEmpty() ? lastSeq : replay.get(replay.size() - 1).path("seq").asLong();
                assertTrue(end > lastCard, "the replay reaches past the last card");
                linus.awaitSeq(end);
                List<JsonNode> expected = linus.events().stream()
                        .filter(frame -> frame.path("seq").asLong() > lastSeq && frame.path("seq").asLong() <= end)
                        .toList();
                assertEquals(end - lastSeq, replay.size(), "one frame per missed seq, none twice");
                for (int i = 0; i < replay.size(); i++) {
                    assertEquals(lastSeq + 1 + i, replay.get(i).path("seq").asLong(), "in order, without a gap");
                    assertEquals(expected.get(i), replay.get(i), "as someone who stayed saw it");
                }
                long cards = replay.stream().filter(f -> "card.added".equals(f.path("event").path("type").asText())).count();
                assertEquals(missedCards, cards, "every card added meanwhile, once");
                if (beyondMemory) {
                    assertTrue(replay.size() > 1_024, "more than memory holds: the older ones came from PostgreSQL");
                }
                System.out.printf("ResumeIT: cut at seq %d, resumed with %d events (seq %d..%d), %s%n",
                        lastSeq, replay.size(), lastSeq + 1, end, beyondMemory ? "older ones from PostgreSQL" : "from memory");

                // And live from there: the next event follows without a gap.
                long next = room.facilitator.command("card.add", LiveSession.note("welcome back")).path("seq").asLong();
                assertEquals(end + 1, next);
                grace.awaitEvent(next);
            } finally {
                grace.close();
            }
        }
    }
}
