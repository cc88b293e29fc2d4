package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.it.LiveSession.assertTextContains;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A double click does one thing: phase.next, phase.back and turn.next say what the client saw
 * (fromIndex, fromSpeakerId), and a command from a state the room has left is refused with
 * invalid-state and changes nothing (api.md 5.2).
 */
class OneClickIT extends OneServerPerClass {

    @Test
    void two_next_phase_commands_from_the_same_phase_move_the_session_one_phase() {
        try (LiveSession live = running.liveSession()) {
            JsonNode first = live.facilitator.command("phase.next", RoomClient.args().put("fromIndex", 0));
            JsonNode second = live.facilitator.command("phase.next", RoomClient.args().put("fromIndex", 0));
            assertEquals("ack", first.path("type").asText(), first::toString);
            assertEquals("error", second.path("type").asText(), second::toString);
            assertEquals("invalid-state", second.path("code").asText());
            assertTextContains(second.path("message").asText(), "Accountability round", "nothing was changed");
            assertEquals(1, live.freshState().path("phase").path("index").asInt());
            assertEquals("invalid-state", live.facilitator.command("phase.back", RoomClient.args().put("fromIndex", 0))
                    .path("code").asText());
        }
    }

    @Test
    void two_next_turn_commands_from_the_same_speaker_move_the_floor_once() {
        try (LiveSession live = running.liveSession()) {
            RoomClient ana = live.joinParticipant("Ana");
            live.joinParticipant("Ben");
            live.joinParticipant("Cai");
            live.facilitator.command("phase.next", RoomClient.args().put("fromIndex", 0));
            String speaker = live.freshState().path("turn").path("speakerId").asText();
            assertEquals(LiveSession.welcome(ana).path("participantId").asText(), speaker, "Ana starts the round");

            JsonNode first = live.facilitator.command("turn.next", RoomClient.args().put("fromSpeakerId", speaker));
            JsonNode second = live.facilitator.command("turn.next", RoomClient.args().put("fromSpeakerId", speaker));
            assertEquals("ack", first.path("type").asText());
            assertEquals("invalid-state", second.path("code").asText(), second::toString);
            assertTextContains(second.path("message").asText(), "Ben has the floor");
        }
    }

    @Test
    void an_argument_of_the_wrong_type_is_a_bad_request() {
        try (LiveSession live = running.liveSession()) {
            JsonNode refused = live.facilitator.command("phase.next", RoomClient.args().put("fromIndex", "first"));
            assertEquals("bad-request", refused.path("code").asText());
            assertTextContains(refused.path("message").asText(), "fromIndex");
        }
    }
}
