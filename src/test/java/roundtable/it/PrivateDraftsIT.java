package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.it.RoomClient.args;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Private drafting in the first phase of a knowledge-gap intake: a draft's words travel to its
 * author's sockets only, in no frame any other socket receives (live events, welcomes, replays),
 * until the facilitator reveals all drafts at once.
 */
class PrivateDraftsIT extends OneServerPerClass {

    @Test
    void a_draft_reaches_only_its_author_until_the_facilitator_reveals_all_drafts() {
        String secret = "zebra-" + UUID.randomUUID();
        String edited = "okapi-" + UUID.randomUUID();
        try (Group group = Group.start(running, "gap-intake", "Grace", "Linus")) {
            assertTrue(LiveSession.welcome(group.client("Linus")).path("state").path("phase").path("private").asBoolean(),
                    "the intake opens with private drafting");
            long added = group.ok("Grace", "card.add", args().put("kind", "note").put("text", secret)).path("seq").asLong();
            JsonNode own = group.event("Grace", added).path("card");
            assertEquals(secret, own.path("text").asText(), "the author sees her words");
            assertTrue(own.path("hidden").asBoolean());
            String cardId = own.path("id").asText();
            for (String other : List.of("Ada", "Linus")) {
                JsonNode seen = group.event(other, added).path("card");
                assertTrue(seen.path("text").isNull(), () -> other + " learns a draft exists, not what it says: " + seen);
                assertEquals(cardId, seen.path("id").asText());
                assertEquals(group.idOf("Grace"), seen.path("authorId").asText());
            }

            long edit = group.ok("Grace", "card.edit", args().put("cardId", cardId).put("text", edited)).path("seq").asLong();
            assertEquals(edited, group.event("Grace", edit).path("card").path("text").asText());
            assertTrue(group.event("Linus", edit).path("card").path("text").isNull(), "an edit of a draft is withheld too");
            long moved = group.ok("Grace", "card.move", args().put("cardId", cardId).put("index", 0)).path("seq").asLong();
            assertTrue(group.event("Ada", moved).path("card").path("text").isNull(), "so is a move");

            RoomClient barbara = group.join("Barbara");
            JsonNode lateCard = card(LiveSession.welcome(barbara).path("state"), cardId);
            assertTrue(lateCard.path("text").isNull(), () -> "a late joiner's welcome holds no words: " + lateCard);
            assertEquals(edited, card(group.freshState("Grace"), cardId).path("text").asText(),
                    "the author's own welcome holds her words");
            String epoch = LiveSession.welcome(group.facilitator).path("epoch").asText();
            List<JsonNode> replay = group.history("Linus", epoch);
            JsonNode replayed = Group.ofType(replay, "card.added").get(0).path("event").path("card");
            assertEquals(cardId, replayed.path("id").asText(), "a replay from seq 0 has the draft");
            assertTrue(replayed.path("text").isNull(), () -> "without its words: " + replayed);
            assertEquals(0, running.api().recap(group.id(), group.tokens.get("Ada")).body().path("cards").size(),
                    "an unrevealed draft is not in the recap");

            JsonNode refused = group.client("Linus").command("card.reveal-all", args());
            assertEquals("forbidden", refused.path("code").asText(), () -> "only the facilitator reveals: " + refused);
            long beforeReveal = group.ok("Ada", "card.add", LiveSession.note("the facilitator drafts too")).path("seq").asLong();
            group.awaitAll(beforeReveal);
            for (String other : List.of("Ada", "Linus", "Barbara")) {
                assertNeverSaw(group.client(other).frames(), other, secret, edited);
            }
            assertNeverSaw(replay, "Linus's replay", secret, edited);

            long revealed = group.ok("Ada", "card.reveal-all", args()).path("seq").asLong();
            for (String name : List.of("Ada", "Grace", "Linus", "Barbara")) {
                JsonNode event = group.event(name, revealed);
                assertEquals("cards.revealed", event.path("type").asText());
                JsonNode shown = StreamSupport.stream(event.path("cards").spliterator(), false)
                        .filter(c -> c.path("id").asText().equals(cardId)).findFirst().orElseThrow();
                assertEquals(edited, shown.path("text").asText(), () -> name + " sees the revealed words");
                assertFalse(shown.path("hidden").asBoolean());
                assertEquals(2, event.path("cards").size(), "every draft, the facilitator's included");
            }
            assertEquals(edited, card(group.freshState("Barbara"), cardId).path("text").asText());
            group.client("Ada").awaitDurable(revealed);
            JsonNode recapCards = running.api().recap(group.id(), group.tokens.get("Linus")).body().path("cards");
            assertEquals(2, recapCards.size(), () -> "revealed drafts are in the recap: " + recapCards);
            for (String other : List.of("Ada", "Linus", "Barbara")) {
                assertNeverSaw(group.client(other).frames(), other, secret);
            }
        }
    }

    @Test
    void a_draft_written_after_the_reveal_is_private_again_until_the_next_reveal() {
        String first = "heron-" + UUID.randomUUID();
        String second = "ibis-" + UUID.randomUUID();
        try (Group group = Group.start(running, "gap-intake", "Grace", "Linus")) {
            group.ok("Linus", "card.add", args().put("kind", "note").put("text", first));
            group.ok("Ada", "card.reveal-all", args());
            long late = group.ok("Linus", "card.add", args().put("kind", "note").put("text", second)).path("seq").asLong();
            group.awaitAll(late);
            assertTrue(group.event("Grace", late).path("card").path("text").isNull(), "still the drafting phase");
            assertTrue(Group.text(group.client("Grace").frames()).contains(first), "the first draft was revealed");
            assertNeverSaw(group.client("Grace").frames(), "Grace", second);
            assertNeverSaw(group.client("Ada").frames(), "Ada", second);
            JsonNode again = group.client("Ada").command("card.reveal-all", args());
            long shown = again.path("seq").asLong();
            assertEquals("ack", again.path("type").asText());
            JsonNode cards = group.event("Grace", shown).path("cards");
            assertEquals(1, cards.size(), () -> "only what was still hidden: " + cards);
            assertEquals(second, cards.get(0).path("text").asText());
            JsonNode nothingLeft = group.client("Ada").command("card.reveal-all", args());
            assertEquals("invalid-state", nothingLeft.path("code").asText(), () -> "no drafts left: " + nothingLeft);
        }
    }

    @Test
    void outside_a_private_phase_cards_are_shown_to_everyone_at_once() {
        try (Group group = Group.start(running, "gap-intake", "Grace")) {
            group.ok("Ada", "phase.next", args());
            long added = group.ok("Grace", "card.add", args().put("kind", "note").put("text", "Testing")
                    .put("column", "Quality")).path("seq").asLong();
            JsonNode seen = group.event("Ada", added).path("card");
            assertEquals("Testing", seen.path("text").asText());
            assertFalse(seen.path("hidden").asBoolean());
            assertEquals("Quality", seen.path("column").asText());
        }
    }

    private static void assertNeverSaw(List<JsonNode> frames, String who, String... secrets) {
        String all = Group.text(frames);
        for (String secret : secrets) {
            assertFalse(all.contains(secret), () -> who + " received the words '" + secret + "' in: " + all);
        }
    }

    private static JsonNode card(JsonNode state, String cardId) {
        return StreamSupport.stream(state.path("cards").spliterator(), false)
                .filter(c -> c.path("id").asText().equals(cardId)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + cardId + " in " + state.path("cards")));
    }
}
