package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.it.RoomClient.args;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A forum session end to end over real sockets against a real PostgreSQL: a facilitator and
 * three peers, phases moved, cards added, edited and removed, the session ended, the recap read,
 * and read again after the server restarts on the same data.
 */
@ExtendWith(VertxExtension.class)
class SessionFlowIT extends OneServerPerClass {

    @Test
    void four_people_run_a_session_see_the_same_events_in_order_and_the_recap_survives_a_restart(Vertx vertx) throws Exception {
        JsonNode session = running.api().createSession("Monthly forum", "forum", "Ada");
        String sessionId = session.get("sessionId").asText();
        String facilitatorToken = session.at("/facilitator/token").asText();
        List<JsonNode> peers = List.of(running.api().join(session, "Grace"), running.api().join(session, "Linus"), running.api().join(session, "Barbara"));

        RoomClient ada = RoomClient.join(vertx, running.server().port(), sessionId, facilitatorToken);
        List<RoomClient> clients = new ArrayList<>(List.of(ada));
        for (JsonNode peer : peers) {
            clients.add(RoomClient.join(vertx, running.server().port(), sessionId, peer.get("token").asText()));
        }
        RoomClient grace = clients.get(1);
        RoomClient linus = clients.get(2);
        // The last to arrive is welcomed after everyone's arrival (each one a presence event).
        JsonNode welcome = clients.get(3).await(frame -> "welcome".equals(frame.path("type").asText()));
        assertEquals("participant", welcome.get("role").asText());
        assertEquals("check-in", welcome.at("/state/phase/id").asText());
        assertEquals(4, welcome.at("/state/participants").size());
        assertTrue(StreamSupport.stream(welcome.at("/state/participants").spliterator(), false)
                .allMatch(p -> p.get("online").asBoolean()), "everyone shows as present");
        long start = welcome.get("seq").asLong();
        clients.forEach(client -> client.awaitSeq(start));

        JsonNode hello = grace.command("card.add", args().put("kind", "note").put("text", "Glad to be here"));
        assertEquals("ack", hello.get("type").asText());
        JsonNode tired = linus.command("card.add", args().put("kind", "note").put("text", "Tired but present"));
        String tiredId = cardIdOf(linus, tired);
        JsonNode edited = linus.command("card.edit", args().put("cardId", tiredId).put("text", "Tired, still present"));
        assertEquals("ack", edited.get("type").asText());
        JsonNode forbidden = grace.command("phase.next", args());
        assertEquals("error", forbidden.get("type").asText());
        assertEquals("forbidden", forbidden.get("code").asText());
        JsonNode next = ada.command("phase.next", args());
        JsonNode changed = ada.awaitEvent(edited.get("seq").asLong() + 1);
        assertEquals("phase.changed", changed.at("/event/type").asText(), "the refused phase.next made no event");
        // Accountability is a round-robin: the phase change opens with the first person present.
        assertEquals(edited.get("seq").asLong() + 2, next.get("seq").asLong());
        assertEquals("turn.changed", ada.awaitEvent(next.get("seq").asLong()).at("/event/type").asText());
        assertEquals("ack", ada.command("phase.back", args()).get("type").asText());
        assertEquals("ack", ada.command("phase.goto", args().put("phaseId", "accountability")).get("type").asText());
        JsonNode removable = grace.command("card.add", args().put("kind", "note").put("text", "Last month I shipped the pilot"));
        assertEquals("ack", ada.command("card.remove", args().put("cardId", cardIdOf(grace, removable))).get("type").asText());
        grace.command("card.add", args().put("kind", "note").put("text", "I talked to my co-founder, as promised"));
        JsonNode end = ada.command("session.end", args());
        long last = end.get("seq").asLong();

        // After everyone arrived: 4 cards added, 1 edited, 1 removed, 3 phase changes into
        // round-robin phases (each with its opening turn), the end.
        assertEquals(start + 13, last);
        for (RoomClient client : clients) {
            client.awaitEvent(last);
        }
        ada.awaitDurable(last); // the end was hers
        List<JsonNode> seen = clients.get(0).events().stream().filter(e -> e.get("seq").asLong() > start).toList();
        for (RoomClient client : clients) {
            List<JsonNode> theirs = client.events().stream().filter(e -> e.get("seq").asLong() > start).toList();
            assertEquals(seen, theirs, "every client sees the same events in the same order");
        }
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(start + 1 + i, seen.get(i).get("seq").asLong(), "seq rises by one per event");
        }

        JsonNode recap = running.api().recap(sessionId, facilitatorToken).body();
        assertRecap(recap, sessionId);

        clients.forEach(RoomClient::close);
        running.server().restart();

        JsonNode afterRestart = running.api().recap(sessionId, peers.get(0).get("token").asText()).body();
        assertEquals(recap, afterRestart, "the recap is the same after a restart");
        try (RoomClient back = RoomClient.join(vertx, running.server().port(), sessionId, facilitatorToken)) {
            JsonNode state = back.await(frame -> "welcome".equals(frame.path("type").asText()));
            assertEquals(last, state.get("seq").asLong());
            assertTrue(state.at("/state/ended").asBoolean());
            assertEquals(3, state.at("/state/cards").size());
            assertEquals("invalid-state", back.command("card.add", args().put("kind", "note").put("text", "too late")).get("code").asText());
        }
    }

    @Test
    void an_off_the_record_card_is_shown_live_but_its_words_never_reach_the_database(Vertx vertx) throws Exception {
        JsonNode session = running.api().createSession("Off the record", "forum", "Ada");
        String sessionId = session.get("sessionId").asText();
        JsonNode peer = running.api().join(session, "Grace");
        String secret = "canary-" + java.util.UUID.randomUUID();
        String kept = "kept-" + java.util.UUID.randomUUID();
        try (RoomClient ada = RoomClient.join(vertx, running.server().port(), sessionId, session.at("/facilitator/token").asText());
             RoomClient grace = RoomClient.join(vertx, running.server().port(), sessionId, peer.get("token").asText())) {
            JsonNode offRecord = grace.command("card.add", args().put("kind", "note").put("text", secret).put("offRecord", true));
            JsonNode shown = ada.awaitEvent(offRecord.get("seq").asLong());
            assertEquals(secret, shown.at("/event/card/text").asText(), "the room sees it live");
            String cardId = shown.at("/event/card/id").asText();
            grace.command("card.edit", args().put("cardId", cardId).put("text", secret + " edited"));
            JsonNode onRecord = grace.command("card.add", args().put("kind", "note").put("text", kept));
            grace.awaitDurable(onRecord.get("seq").asLong());
        }
        JsonNode recap = running.api().recap(sessionId, peer.get("token").asText()).body();
        assertEquals(List.of(kept), texts(recap.get("cards"), "text"));
        assertTrue(DataFiles.contain(running.server().postgresDirectory(), kept), "the search finds a card that was stored");
        assertFalse(DataFiles.contain(running.server().postgresDirectory(), secret), "no file of PostgreSQL holds the off-the-record words");
    }

    private static void assertRecap(JsonNode recap, String sessionId) {
        assertEquals(sessionId, recap.get("sessionId").asText());
        assertEquals("Monthly forum", recap.get("title").asText());
        assertEquals("forum", recap.at("/protocol/id").asText());
        assertFalse(recap.get("endedAt").isNull());
        assertEquals(List.of("Ada", "Grace", "Linus", "Barbara"), texts(recap.get("participants"), "name"));
        assertEquals(7, recap.get("phases").size());
        assertEquals(List.of("Glad to be here", "Tired, still present", "I talked to my co-founder, as promised"),
                texts(recap.get("cards"), "text"));
        assertEquals(List.of("Grace", "Linus", "Grace"), texts(recap.get("cards"), "authorName"));
        assertEquals(List.of("check-in", "check-in", "accountability"), texts(recap.get("cards"), "phaseId"));
    }

    private static String cardIdOf(RoomClient client, JsonNode ack) {
        return client.awaitEvent(ack.get("seq").asLong()).at("/event/card/id").asText();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
    }
}
