package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.it.RoomClient.args;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sharing the floor over real sockets in a forum session: the round-robin of the accountability
 * round, the queue of raised hands in the probing questions, and the airtime the room measures.
 */
class TurnsIT extends OneServerPerClass {

    private Group group;

    @BeforeEach
    void gather() {
        group = Group.start(running, "forum", "Grace", "Linus", "Barbara");
    }

    @AfterEach
    void leave() {
        group.close();
    }

    @Test
    void a_round_robin_follows_the_order_shown_in_welcome_and_a_pass_is_recorded() {
        long opened = group.ok("Ada", "phase.goto", args().put("phaseId", "accountability")).path("seq").asLong();
        group.awaitAll(opened);
        JsonNode turn = group.freshState("Barbara").path("turn");
        assertEquals("round-robin", turn.path("mode").asText());
        List<String> order = texts(turn.path("order"));
        assertEquals(List.of(group.idOf("Grace"), group.idOf("Linus"), group.idOf("Barbara"), group.idOf("Ada")), order,
                "everyone in the order they joined, and Ada, who runs the round, last (this phase has her take a turn)");
        assertEquals(group.idOf("Grace"), turn.path("speakerId").asText(), "the phase opens with the first in the order");

        assertEquals("forbidden", group.client("Linus").command("turn.next", args()).path("code").asText(),
                "only the speaker or the facilitator ends a turn");
        assertEquals("invalid-state", group.client("Linus").command("turn.pass", args()).path("code").asText(),
                "only the speaker can pass");

        long passed = group.ok("Grace", "turn.pass", args()).path("seq").asLong();
        for (RoomClient client : group.clients.values()) {
            JsonNode pass = client.awaitEvent(passed - 1).path("event");
            assertEquals("turn.passed", pass.path("type").asText(), "the pass is an event everyone sees");
            assertEquals(group.idOf("Grace"), pass.path("participantId").asText());
            assertEquals(group.idOf("Linus"), client.awaitEvent(passed).path("event").path("speakerId").asText(),
                    "the floor moves on after a pass");
        }
        assertTrue(texts(group.freshState("Ada").path("turn").path("spoken")).contains(group.idOf("Grace")),
                "a pass counts as a turn taken in this round");

        long toBarbara = group.ok("Linus", "turn.next", args()).path("seq").asLong();
        assertEquals(group.idOf("Barbara"), group.event("Ada", toBarbara).path("speakerId").asText());
        long toAda = group.ok("Barbara", "turn.next", args()).path("seq").asLong();
        assertEquals(group.idOf("Ada"), group.event("Grace", toAda).path("speakerId").asText());
        long over = group.ok("Ada", "turn.next", args()).path("seq").asLong();
        assertTrue(group.event("Ada", over).path("speakerId").isNull(), "after the last in the order nobody speaks");
        JsonNode again = group.client("Ada").command("turn.next", args());
        assertEquals("invalid-state", again.path("code").asText(), () -> "the round is over: " + again);
    }

    @Test
    void a_member_who_went_offline_is_skipped_in_the_round_and_gets_a_turn_on_coming_back() {
        long opened = group.ok("Ada", "phase.goto", args().put("phaseId", "accountability")).path("seq").asLong();
        assertEquals(group.idOf("Grace"), group.event("Ada", opened).path("speakerId").asText());
        group.leave("Linus");
        JsonNode state = group.freshState("Ada");
        assertFalse(participant(state, group.idOf("Linus")).path("online").asBoolean(), "Linus shows as offline");
        assertTrue(texts(state.path("turn").path("order")).contains(group.idOf("Linus")), "the order keeps his place");

        List<String> speakers = new ArrayList<>(List.of(group.idOf("Grace")));
        for (int i = 0; i < 4; i++) {
            long next = group.ok("Ada", "turn.next", args()).path("seq").asLong();
            JsonNode changed = group.event("Grace", next);
            if (changed.path("speakerId").isNull()) {
                break;
            }
            speakers.add(changed.path("speakerId").asText());
        }
        assertEquals(List.of(group.idOf("Grace"), group.idOf("Barbara"), group.idOf("Ada")), speakers,
                "the round goes past the member who is not here");
        assertFalse(texts(group.freshState("Ada").path("turn").path("spoken")).contains(group.idOf("Linus")),
                "skipping is not speaking");

        long back = LiveSession.welcome(group.connectAgain("Linus")).path("seq").asLong();
        group.facilitator.awaitSeq(back);
        long late = group.ok("Ada", "turn.next", args()).path("seq").asLong();
        assertEquals(group.idOf("Linus"), group.event("Ada", late).path("speakerId").asText(),
                "back in the room, Linus still has his turn in this round");
    }

    @Test
    void raised_hands_are_called_first_come_first_served_unless_the_facilitator_reorders_or_gives_the_floor() {
        long inQueue = group.ok("Ada", "phase.goto", args().put("phaseId", "questions")).path("seq").asLong();
        group.awaitAll(inQueue);
        assertEquals("invalid-state", group.client("Ada").command("turn.next", args()).path("code").asText(),
                "nobody raised a hand yet");
        group.ok("Linus", "hand.raise", args());
        group.ok("Grace", "hand.raise", args());
        long raised = group.ok("Barbara", "hand.raise", args()).path("seq").asLong();
        assertEquals("invalid-state", group.client("Grace").command("hand.raise", args()).path("code").asText(),
                "a hand goes up once");
        group.awaitAll(raised);
        assertEquals(List.of(group.idOf("Linus"), group.idOf("Grace"), group.idOf("Barbara")),
                texts(group.freshState("Barbara").path("turn").path("queue")), "hands wait in the order they went up");

        List<String> reordered = List.of(group.idOf("Barbara"), group.idOf("Linus"), group.idOf("Grace"));
        JsonNode byParticipant = group.client("Grace").command("queue.reorder", reorder(reordered));
        assertEquals("forbidden", byParticipant.path("code").asText(), "only the facilitator reorders");
        assertEquals("bad-request", group.client("Ada").command("queue.reorder",
                reorder(reordered.subList(0, 2))).path("code").asText(), "a reorder names every raised hand");
        long reorderedSeq = group.ok("Ada", "queue.reorder", reorder(reordered)).path("seq").asLong();
        JsonNode event = group.event("Linus", reorderedSeq);
        assertEquals("queue.reordered", event.path("type").asText());
        assertEquals(reordered, texts(event.path("queue")));

        long first = group.ok("Ada", "turn.next", args()).path("seq").asLong();
        assertEquals(group.idOf("Barbara"), group.event("Grace", first).path("speakerId").asText());
        assertEquals("forbidden", group.client("Linus").command("turn.give",
                args().put("participantId", group.idOf("Linus"))).path("code").asText(), "only the facilitator gives the floor");
        long given = group.ok("Ada", "turn.give", args().put("participantId", group.idOf("Grace"))).path("seq").asLong();
        assertEquals(group.idOf("Grace"), group.event("Barbara", given).path("speakerId").asText());
        group.awaitAll(given);
        JsonNode turn = group.freshState("Ada").path("turn");
        assertEquals(group.idOf("Grace"), turn.path("speakerId").asText());
        assertEquals(List.of(group.idOf("Linus")), texts(turn.path("queue")), "the hand given the floor is down");

        long last = group.ok("Grace", "turn.next", args()).path("seq").asLong();
        assertEquals(group.idOf("Linus"), group.event("Ada", last).path("speakerId").asText());
    }

    @Test
    void airtime_counts_how_long_each_speaker_held_the_floor_and_balance_follows_from_it() throws InterruptedException {
        long opened = group.ok("Ada", "phase.goto", args().put("phaseId", "accountability")).path("seq").asLong();
        group.awaitAll(opened);
        long since = group.event("Ada", opened).path("at").asLong();
        Thread.sleep(1_200);
        long toLinus = group.ok("Grace", "turn.next", args()).path("seq").asLong();
        long held = group.event("Ada", toLinus).path("at").asLong() - since;
        group.ok("Linus", "turn.next", args());
        group.ok("Barbara", "turn.next", args());
        long over = group.ok("Ada", "turn.next", args()).path("seq").asLong();
        group.awaitAll(over);

        JsonNode state = group.freshState("Linus");
        long grace = participant(state, group.idOf("Grace")).path("airtimeMs").asLong();
        assertEquals(held, grace, "Grace's airtime is the time between taking and handing over the floor");
        assertTrue(grace >= 1_000 && grace < 10_000, () -> "about 1.2 s: " + grace);
        long[] airtime = StreamSupport.stream(state.path("participants").spliterator(), false)
                .mapToLong(p -> p.path("airtimeMs").asLong()).toArray();
        long total = 0;
        long top = 0;
        for (long a : airtime) {
            total += a;
            top = Math.max(top, a);
            assertTrue(a <= grace, "nobody spoke longer than Grace");
        }
        JsonNode balance = state.path("balance");
        assertEquals(total, balance.path("totalMs").asLong());
        assertEquals((double) top / total, balance.path("topShare").asDouble(), 1e-9);
        assertTrue(balance.path("topShare").asDouble() > 0.8, () -> "one voice carried the floor: " + balance);
        assertEquals(gini(airtime, total), balance.path("gini").asDouble(), 1e-9);
        assertTrue(balance.path("gini").asDouble() > 0.55, () -> "far from an even share among four: " + balance);
    }

    private static double gini(long[] values, long total) {
        double sum = 0;
        for (long a : values) {
            for (long b : values) {
                sum += Math.abs(a - b);
            }
        }
        return sum / (2.0 * values.length * total);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode reorder(List<String> order) {
        com.fasterxml.jackson.databind.node.ObjectNode args = args();
        order.forEach(args.putArray("order")::add);
        return args;
    }

    private static JsonNode participant(JsonNode state, String id) {
        return StreamSupport.stream(state.path("participants").spliterator(), false)
                .filter(p -> p.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
