package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import roundtable.wire.Json;

/**
 * A group's recording policy decides what the server writes down, proven by querying the database
 * itself: every table, and every stored event's payload.
 */
class RecordingPolicyIT extends OneServerPerClass {

    private static String canary(String what) {
        return what + "-" + Long.toHexString(System.nanoTime());
    }

    @Test
    void commitments_and_knowledge_only_keeps_no_card_text_but_keeps_the_commitment() throws SQLException {
        Circle circle = Circle.create(running, "Discreet circle", "Ada", "What is said here stays here.",
                "commitments-and-knowledge").join("Grace");
        String note = canary("CheckInNote");
        String takeaway = canary("TakeawayWords");
        String edited = canary("EditedWords");
        String commitment = canary("CommitmentWords");
        String sessionId;
        String recapText;
        try (Circle.Meeting meeting = circle.meet("Quiet session", "forum", "Ada", "Grace")) {
            sessionId = meeting.id;
            meeting.card("Grace", "note", note);
            long added = meeting.ok("Ada", "card.add", RoomClient.args().put("kind", "note").put("text", "to be edited"));
            String cardId = meeting.clients.get("Ada").awaitEvent(added).path("event").path("card").path("id").asText();
            meeting.ok("Ada", "card.edit", RoomClient.args().put("cardId", cardId).put("text", edited));
            meeting.phase("Ada", "check-out");
            meeting.card("Grace", "takeaway", takeaway);
            meeting.commit("Grace", commitment);

            // Live, everyone sees every word: the policy is about what is kept.
            JsonNode live = meeting.clients.get("Ada").frames().stream()
                    .filter(f -> f.toString().contains(takeaway)).findFirst().orElse(null);
            assertTrue(live != null, "the takeaway was shown live");
            meeting.end("Ada");
            Api.Reply recap = running.api().recap(sessionId, meeting.facilitatorToken());
            assertEquals(200, recap.status(), () -> String.valueOf(recap.body()));
            recapText = recap.body().toString();
        }

        for (String words : List.of(note, takeaway, edited, "to be edited")) {
            assertEquals(List.of(), tablesContaining(words), () -> "no table keeps the card text '" + words + "'");
            assertEquals(0, eventsContaining(sessionId, words), () -> "no stored event carries '" + words + "'");
        }
        List<String> keeping = tablesContaining(commitment);
        assertTrue(keeping.containsAll(List.of("commitments", "session_events")), () -> "the commitment is kept: " + keeping);
        assertEquals(commitment, circle.commitments("Ada").get(0).path("text").asText());
        assertEquals(0, storedCardEvents(sessionId).size(), "no card event is stored at all");

        // Read back after the session, the recap holds none of the cards' words either.
        assertFalse(recapText.contains(takeaway) || recapText.contains(note), () -> "recap: " + recapText);
    }

    @Test
    void the_board_without_names_keeps_the_words_but_no_author() throws SQLException {
        Circle circle = Circle.create(running, "Nameless circle", "Ada", null, "anonymous-board").join("Grace");
        String words = canary("AnonymousNote");
        String sessionId;
        try (Circle.Meeting meeting = circle.meet("Nameless session", "forum", "Ada", "Grace")) {
            sessionId = meeting.id;
            meeting.card("Grace", "note", words);
            meeting.card("Ada", "note", canary("FacilitatorNote"));
            meeting.end("Ada");
        }
        List<JsonNode> cards = storedCardEvents(sessionId);
        assertEquals(2, cards.size(), cards::toString);
        for (JsonNode event : cards) {
            JsonNode card = event.path("card");
            assertTrue(card.path("authorId").isNull() || card.path("authorId").isMissingNode(),
                    () -> "stored without its author: " + event);
            assertEquals(0, card.path("reactions").size());
        }
        assertTrue(cards.get(0).path("card").path("text").asText().equals(words), "the words are kept");
        String graceId = circle.ids.get("Grace");
        assertEquals(0, eventsOfTypeContaining(sessionId, "card.added", graceId), "no card event names Grace");
    }

    @Test
    void everything_keeps_the_board_with_its_authors() throws SQLException {
        Circle circle = Circle.create(running, "Open circle", "Ada", null, "everything").join("Grace");
        String sessionId;
        try (Circle.Meeting meeting = circle.meet("Open session", "forum", "Ada", "Grace")) {
            sessionId = meeting.id;
            meeting.card("Grace", "note", canary("NamedNote"));
            meeting.end("Ada");
        }
        List<JsonNode> cards = storedCardEvents(sessionId);
        assertEquals(circle.ids.get("Grace"), cards.get(0).path("card").path("authorId").asText());
    }

    // ---- the database, queried ----

    /** Every table of the schema whose rows, read as text, contain {@code text}. */
    private static List<String> tablesContaining(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection sql = running.server().sql()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                if (Queries.number(sql, "SELECT count(*) FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0", text) > 0) {
                    found.add(table);
                }
            }
        }
        return found;
    }

    private static int eventsContaining(String sessionId, String text) throws SQLException {
        return eventsOfTypeContaining(sessionId, null, text);
    }

    private static int eventsOfTypeContaining(String sessionId, String type, String text) throws SQLException {
        try (Connection sql = running.server().sql()) {
            return Queries.number(sql, """
                    SELECT count(*) FROM session_events
                     WHERE session_id = ? AND (?::text IS NULL OR type = ?) AND strpos(payload::text, ?) > 0""",
                    sessionId, type, type, text);
        }
    }

    /** The payloads of the session's stored card.added and card.edited events, in order. */
    private static List<JsonNode> storedCardEvents(String sessionId) throws SQLException {
        List<JsonNode> events = new ArrayList<>();
        try (Connection sql = running.server().sql();
             PreparedStatement query = sql.prepareStatement("""
                     SELECT payload::text FROM session_events
                      WHERE session_id = ? AND type IN ('card.added', 'card.edited') ORDER BY seq""")) {
            query.setString(1, sessionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(Json.MAPPER.readTree(rows.getString(1)));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
        return events;
    }
}
