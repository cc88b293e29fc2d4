package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import roundtable.wire.Json;

/**
 * DELETE /api/sessions/{id}: a canary string goes into everything the session owns (title, cards,
 * a commitment, a knowledge entry documented in it, names), a recap link and a second participant's
 * credential are made; after the delete, no column of any table of the database holds the canary,
 * and no row names the session. Another session of the same group is untouched.
 */
class SessionDeletionIT extends OneServerPerClass {

    private static final String CANARY = "zebracanary4711";

    @Test
    void the_facilitator_deletes_a_session_and_nothing_of_it_is_left_in_any_table() throws Exception {
        Circle circle = Circle.create(running, "Deletion circle", "Ada", null, null).join("Grace");
        Api api = running.api();
        // The other session comes first: a later one would carry the doomed session's open commitments.
        String keptId;
        String keptToken;
        try (Circle.Meeting other = circle.meet("Kept meeting", "forum", "Ada", "Grace")) {
            other.card("Grace", "note", "Words that stay");
            other.end("Ada");
            keptId = other.id;
            keptToken = other.facilitatorToken();
        }
        try (Circle.Meeting doomed = circle.meet("Title " + CANARY, "forum", "Ada", "Grace")) {
            doomed.card("Grace", "note", "A card about " + CANARY);
            doomed.card("Ada", "note", "<b>" + CANARY + "</b> ' OR 1=1 --");
            doomed.commit("Grace", "I will " + CANARY + " by Friday");
            Api.Reply knowledge = api.post("/api/sessions/" + doomed.id + "/knowledge", Json.MAPPER.createObjectNode()
                    .put("context", "Context " + CANARY).put("approach", "Approach " + CANARY)
                    .put("outcome", "Outcome " + CANARY).toString(), doomed.sessionTokens.get("Grace"));
            assertEquals(201, knowledge.status(), () -> String.valueOf(knowledge.body()));
            Api.Reply link = api.post("/api/sessions/" + doomed.id + "/recap-links", "{}", doomed.facilitatorToken());
            assertEquals(201, link.status(), () -> String.valueOf(link.body()));
            String linkToken = link.body().path("token").asText();
            long last = doomed.ok("Ada", "card.add", LiveSession.note("Last words " + CANARY));
            doomed.clients.get("Ada").awaitDurable(last);

            Map<String, Integer> before = canaryCounts();
            for (String table : List.of("session_events", "commitments", "knowledge")) {
                assertTrue(before.getOrDefault(table, 0) > 0, () -> "the search finds the canary in " + table + ": " + before);
            }
            assertTrue(rowsNaming(doomed.id) > 0, "credentials and recap links name the session");

            assertEquals(403, api.delete("/api/sessions/" + doomed.id, doomed.sessionTokens.get("Grace")).status(),
                    "a participant cannot delete the session");
            assertEquals(401, api.delete("/api/sessions/" + doomed.id, null).status());
            assertEquals(403, api.delete("/api/sessions/" + doomed.id, keptToken).status(),
                    "a token of another session cannot delete it");
            assertEquals(before, canaryCounts(), "refused deletes change nothing");

            Api.Reply deleted = api.delete("/api/sessions/" + doomed.id, doomed.facilitatorToken());
            assertEquals(204, deleted.status(), () -> String.valueOf(deleted.body()));
            assertEquals(1001, doomed.clients.get("Grace").awaitClose(), "the live room is closed");

            assertEquals(Map.of(), canaryCounts(), "no table holds the canary any more");
            assertEquals(0, rowsNaming(doomed.id), "no row names the deleted session");
            assertEquals(404, api.get("/api/recaps/" + linkToken, null).status(), "its recap link is gone");
            assertEquals(403, api.recap(doomed.id, doomed.facilitatorToken()).status(),
                    "its tokens open nothing, like any unknown token");
            assertEquals(403, api.delete("/api/sessions/" + doomed.id, doomed.facilitatorToken()).status());
            Api.Reply join = api.post("/api/sessions/" + doomed.id + "/participants", "{}", circle.token("Grace"));
            assertEquals(403, join.status(), () -> "joining a deleted session: " + join.body());
        }

        assertEquals(List.of(keptId), sessionsOf(circle), "the group's other session stays");
        assertTrue(rowsNaming(keptId) > 0);
        assertEquals(200, running.api().recap(keptId, keptToken).status(), "the other session's recap still opens");
        try (Connection sql = running.server().sql();
             PreparedStatement query = sql.prepareStatement(
                     "SELECT count(*) FROM session_events WHERE session_id = ? AND payload::text LIKE '%Words that stay%'")) {
            query.setString(1, keptId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1), "the other session's card is still stored");
            }
        }
    }

    private static List<String> sessionsOf(Circle circle) {
        List<String> ids = new ArrayList<>();
        circle.get("", "Ada").body().path("sessions")
                .forEach(session -> ids.add(session.path("sessionId").asText()));
        return ids;
    }

    /**
     * Table (or table.column) to the number of rows holding the canary: every text, jsonb, array and
     * tsvector column of every table in the public schema, as information_schema lists them, and
     * each whole row cast to text as a catch-all. Empty when the canary is nowhere.
     */
    private static Map<String, Integer> canaryCounts() throws SQLException {
        Map<String, Integer> found = new LinkedHashMap<>();
        try (Connection sql = running.server().sql()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement query = sql.prepareStatement("""
                    SELECT c.table_name, c.column_name FROM information_schema.columns c
                      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                       AND (c.data_type IN ('text', 'jsonb', 'json', 'character varying', 'character', 'ARRAY', 'tsvector')
                            OR c.udt_name = 'tsvector')
                     ORDER BY c.table_name, c.column_name""");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            assertTrue(columns.size() > 20, "information_schema lists the text columns: " + columns.size());
            for (String[] column : columns) {
                count(sql, "SELECT count(*) FROM public.\"" + column[0] + "\" WHERE \"" + column[1]
                        + "\"::text ILIKE '%zebracanar%'").ifPositive(n -> found.merge(column[0], n, Integer::sum));
            }
            List<String> tables = Queries.texts(sql, """
                    SELECT table_name FROM information_schema.tables
                     WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""");
            assertTrue(tables.containsAll(List.of("sessions", "session_events", "credentials", "recap_links",
                    "commitments", "commitment_reports", "knowledge", "groups", "members", "topics")), tables::toString);
            for (String table : tables) {
                count(sql, "SELECT count(*) FROM public.\"" + table + "\" x WHERE x::text ILIKE '%zebracanar%'")
                        .ifPositive(n -> found.merge(table + " (whole rows)", n, Integer::sum));
            }
        }
        return found;
    }

    /** Rows of every table with a session_id column that name this session, and its own row. */
    private static int rowsNaming(String sessionId) throws SQLException {
        int total = 0;
        try (Connection sql = running.server().sql()) {
            List<String> tables = Queries.texts(sql, """
                    SELECT table_name FROM information_schema.columns
                     WHERE table_schema = 'public' AND column_name = 'session_id'""");
            assertTrue(tables.containsAll(List.of("session_events", "credentials", "recap_links", "commitments",
                    "commitment_reports", "knowledge")), tables::toString);
            for (String table : tables) {
                total += Queries.number(sql, "SELECT count(*) FROM public.\"" + table + "\" WHERE session_id = ?", sessionId);
            }
            total += Queries.number(sql, "SELECT count(*) FROM sessions WHERE id = ?", sessionId);
        }
        return total;
    }

    private record Count(int value) {
        void ifPositive(java.util.function.IntConsumer action) {
            if (value > 0) {
                action.accept(value);
            }
        }
    }

    private static Count count(Connection sql, String statement) throws SQLException {
        return new Count(Queries.number(sql, statement));
    }

}
