package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.it.LiveSession.assertTextContains;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The floor tells the truth (api.md 5.4): rounds leave out the facilitator and, where the others
 * speak for the presenter, the presenter; next turn skips whoever is offline and says whom; the
 * facilitator lowers hands of people who left; presenting is counted apart from airtime.
 */
class FloorTruthIT extends OneServerPerClass {

    private static String idOf(RoomClient client) {
        return LiveSession.welcome(client).path("participantId").asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void rounds_leave_out_the_facilitator_and_the_presenter_where_the_others_speak() {
        try (LiveSession live = running.liveSession()) {
            String ana = idOf(live.joinParticipant("Ana"));
            String ben = idOf(live.joinParticipant("Ben"));
            String cai = idOf(live.joinParticipant("Cai"));
            JsonNode moved = live.facilitator.command("phase.goto", RoomClient.args().put("phaseId", "accountability"));
            JsonNode changed = live.facilitator.frames().stream()
                    .filter(f -> "event".equals(f.path("type").asText()) && "phase.changed".equals(f.path("event").path("type").asText()))
                    .reduce((a, b) -> b).orElseThrow().path("event");
            String fay = idOf(live.facilitator);
            assertEquals(List.of(ana, ben, cai, fay), texts(changed.path("order")),
                    "the facilitator runs the round and, where the phase says so, takes the last turn: " + moved);
            assertEquals(ana, live.freshState().path("turn").path("speakerId").asText());

            live.facilitator.command("presenter.set", RoomClient.args().put("participantId", ben));
            live.facilitator.command("phase.goto", RoomClient.args().put("phaseId", "shares"));
            JsonNode turn = live.freshState().path("turn");
            assertEquals(List.of(ana, cai), texts(turn.path("order")),
                    "Ben presents, so the others share; the facilitator runs this round without a turn");
            assertEquals(ana, turn.path("speakerId").asText());
        }
    }

    @Test
    void next_turn_skips_offline_hands_says_whom_and_the_facilitator_lowers_them() {
        try (LiveSession live = running.liveSession()) {
            RoomClient anaSocket = live.joinParticipant("Ana");
            String ana = idOf(anaSocket);
            RoomClient cai = live.joinParticipant("Cai");
            String caiId = idOf(cai);
            live.facilitator.command("phase.goto", RoomClient.args().put("phaseId", "questions"));
            anaSocket.command("hand.raise", RoomClient.args());
            cai.command("hand.raise", RoomClient.args());
            anaSocket.close();
            live.facilitator.await(f -> "presence.changed".equals(f.path("event").path("type").asText())
                    && ana.equals(f.path("event").path("participantId").asText()) && !f.path("event").path("online").asBoolean());

            JsonNode next = live.facilitator.command("turn.next", RoomClient.args().put("fromSpeakerId", ""));
            JsonNode event = live.facilitator.awaitEvent(next.path("seq").asLong()).path("event");
            assertEquals(caiId, event.path("speakerId").asText());
            assertEquals(List.of(ana), texts(event.path("skipped")));

            JsonNode nobodyHere = live.facilitator.command("turn.next", RoomClient.args().put("fromSpeakerId", caiId));
            assertEquals("ack", nobodyHere.path("type").asText(), "the floor opens again");
            JsonNode refused = live.facilitator.command("turn.next", RoomClient.args().put("fromSpeakerId", ""));
            assertEquals("invalid-state", refused.path("code").asText());
            assertTextContains(refused.path("message").asText(), "offline: Ana", "Lower their hands");

            assertEquals("ack", live.facilitator.command("hand.lower", RoomClient.args().put("participantId", ana))
                    .path("type").asText());
            assertEquals(0, live.freshState().path("turn").path("queue").size());
        }
    }

    @Test
    void presenting_is_counted_apart_from_time_in_turns_and_stays_out_of_the_balance() throws Exception {
        try (LiveSession live = running.liveSession()) {
            String ana = idOf(live.joinParticipant("Ana"));
            live.joinParticipant("Ben");
            live.facilitator.command("presenter.set", RoomClient.args().put("participantId", ana));
            live.facilitator.command("phase.goto", RoomClient.args().put("phaseId", "issue"));
            Thread.sleep(600);
            live.facilitator.command("phase.goto", RoomClient.args().put("phaseId", "check-out"));
            JsonNode state = live.freshState();
            JsonNode anaView = null;
            for (JsonNode p : state.path("participants")) {
                if (p.path("id").asText().equals(ana)) {
                    anaView = p;
                }
            }
            assertTrue(anaView.path("presentingMs").asLong() >= 500, () -> "presenting counted: " + state);
            assertTrue(anaView.path("airtimeMs").asLong() < anaView.path("presentingMs").asLong(),
                    "presenting is not airtime");
            long presenting = anaView.path("presentingMs").asLong();
            assertTrue(state.path("balance").path("totalMs").asLong() < presenting,
                    () -> "the balance reads time in turns only, not the presenting: " + state.path("balance"));
        }
    }
}
