package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.it.RoomClient.args;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Resonating with a card, the spotlight and handing the facilitator role on, over real sockets. */
class RoomToolsIT extends OneServerPerClass {

    @Test
    void a_card_resonates_with_people_and_the_facilitator_spotlights_it_for_everyone() {
        try (LiveSession room = running.liveSession()) {
            RoomClient grace = room.joinParticipant("Grace");
            JsonNode added = grace.command("card.add", LiveSession.note("We shipped on a Friday."));
            String cardId = room.facilitator.awaitEvent(added.get("seq").asLong()).at("/event/card/id").asText();

            JsonNode reacted = room.facilitator.command("card.react", args().put("cardId", cardId));
            JsonNode seen = grace.awaitEvent(reacted.get("seq").asLong());
            assertEquals("card.reacted", seen.at("/event/type").asText());
            assertEquals(1, seen.at("/event/card/reactions").size());

            JsonNode spotlight = room.facilitator.command("card.spotlight", args().put("cardId", cardId));
            assertEquals(cardId, grace.awaitEvent(spotlight.get("seq").asLong()).at("/event/cardId").asText());
            assertEquals("forbidden", grace.command("card.spotlight", args().putNull("cardId")).get("code").asText());
            assertEquals(cardId, room.freshState().get("spotlightCardId").asText());
        }
    }

    @Test
    void the_facilitator_hands_the_role_on_and_the_new_facilitator_leads_from_then_on() {
        try (LiveSession room = running.liveSession()) {
            RoomClient grace = room.joinParticipant("Grace");
            String graceId = LiveSession.welcome(grace).get("participantId").asText();

            JsonNode handed = room.facilitator.command("facilitator.handoff", args().put("participantId", graceId));
            JsonNode event = grace.awaitEvent(handed.get("seq").asLong());
            assertEquals("facilitator.handed", event.at("/event/type").asText());
            assertEquals(graceId, event.at("/event/toId").asText());

            assertEquals("forbidden", room.facilitator.command("phase.next", args()).get("code").asText());
            assertEquals("ack", grace.command("phase.next", args()).get("type").asText());
        }
    }
}
