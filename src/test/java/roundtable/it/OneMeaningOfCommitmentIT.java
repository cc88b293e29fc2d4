package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.it.LiveSession.assertTextContains;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A commitment means one thing (api.md 9.3): the tracked one. No built-in phase takes commitment
 * cards, a commitment card is refused with the way to make a real one, and what is made with the
 * form is on the recap and comes back at the next meeting. One that went partly can be carried on.
 */
class OneMeaningOfCommitmentIT extends OneServerPerClass {

    @Test
    void no_built_in_phase_takes_commitment_cards() {
        JsonNode protocols = running.api().get("/api/protocols", null).body();
        List<String> offending = new ArrayList<>();
        protocols.forEach(protocol -> protocol.path("phases").forEach(phase -> phase.path("cardKinds").forEach(kind -> {
            if (kind.asText().equals("commitment")) {
                offending.add(protocol.path("id").asText() + "/" + phase.path("id").asText());
            }
        })));
        assertEquals(List.of(), offending);
    }

    @Test
    void the_commitment_made_in_the_presenters_phase_is_on_the_recap_and_comes_back_next_time() {
        Circle circle = Circle.create(running, "Founders", "Ada", null, null).join("Grace");
        String graceId = circle.ids.get("Grace");
        try (Circle.Meeting first = circle.meet("March", "forum", "Ada", "Grace")) {
            first.ok("Ada", "presenter.set", RoomClient.args().put("participantId", graceId));
            first.phase("Ada", "commitment");
            JsonNode card = first.clients.get("Grace").command("card.add",
                    RoomClient.args().put("kind", "commitment").put("text", "Call the bank by Friday"));
            assertEquals("invalid-state", card.path("code").asText(), card::toString);
            assertTextContains(card.path("message").asText(), "Make a commitment", "commitment.add");

            String made = first.commit("Grace", "Call the bank by Friday");
            first.end("Ada");
            JsonNode recap = running.api().recap(first.id, first.facilitatorToken()).body();
            assertEquals(List.of("Call the bank by Friday"), texts(recap.path("commitments")));
            assertTrue(texts(recap.path("cards")).isEmpty(), "nothing on the board claims to be a commitment");
            first.leaveAndSettle();

            try (Circle.Meeting second = circle.meet("April", "forum", "Ada", "Grace")) {
                List<JsonNode> brought = second.welcomedCommitments("Grace");
                assertEquals(List.of(made), brought.stream().map(c -> c.path("id").asText()).toList());
                // It went partly: Grace carries it on to the meeting after.
                second.ok("Grace", "commitment.report", RoomClient.args().put("commitmentId", made)
                        .put("status", "partly").put("tried", "Called once").put("carryForward", true));
                second.end("Ada");
                second.leaveAndSettle();
            }
            try (Circle.Meeting third = circle.meet("May", "forum", "Ada", "Grace")) {
                assertEquals(List.of("Call the bank by Friday"), third.welcomedCommitments("Grace").stream()
                        .map(c -> c.path("text").asText()).toList(), "carried forward once more");
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.path("text").asText()));
        return texts;
    }
}
