package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import roundtable.wire.Json;

/**
 * Groups over real HTTP and real sockets: commitments that travel from session to session, the
 * agreement before joining, one group's token against every other group's endpoint, and a keeper's
 * delete that leaves no row behind.
 */
class GroupsIT extends OneServerPerClass {

    private static JsonNode byText(JsonNode list, String text) {
        for (JsonNode item : list) {
            if (text.equals(item.path("text").asText())) {
                return item;
            }
        }
        throw new AssertionError("no commitment '" + text + "' in " + list);
    }

    private static List<String> texts(List<JsonNode> commitments) {
        return commitments.stream().map(c -> c.path("text").asText()).toList();
    }

    @Test
    void a_group_runs_three_sessions_and_its_commitments_come_back_until_they_are_reported() {
        Circle circle = Circle.create(running, "Leads circle", "Ada", "We share experience, not advice.", null)
                .join("Grace").join("Linus");

        // ---- session 1: Ada facilitates; everyone commits to something ----
        String call;
        String write;
        String silence;
        String s1;
        try (Circle.Meeting first = circle.meet("January", "forum", "Ada", "Grace", "Linus")) {
            s1 = first.id;
            assertEquals(List.of(), first.welcomedCommitments("Grace"), "the group's first session brings nothing in");
            call = first.commit("Grace", "Call the supplier before the contract renews");
            write = first.commit("Linus", "Write the proposal for the on-call rota");
            silence = first.commit("Ada", "Try a silent minute before decisions");
            first.end("Ada");
        }
        JsonNode afterFirst = circle.commitments("Linus");
        assertEquals(3, afterFirst.size(), afterFirst::toString);
        for (JsonNode commitment : afterFirst) {
            assertEquals("open", commitment.path("status").asText());
            assertEquals(s1, commitment.path("sessionId").asText());
            assertEquals(0, commitment.path("reports").size());
        }

        // ---- session 2: Grace facilitates; the three come back in the welcome; two are reported ----
        String s2;
        String budget;
        try (Circle.Meeting second = circle.meet("February", null, "Grace", "Ada", "Linus")) {
            s2 = second.id;
            for (String name : List.of("Grace", "Ada", "Linus")) {
                List<JsonNode> brought = second.welcomedCommitments(name);
                assertEquals(List.of(call, write, silence), brought.stream().map(c -> c.path("id").asText()).toList(),
                        () -> name + " is welcomed with the open commitments of session 1: " + brought);
                assertEquals(List.of("Call the supplier before the contract renews", "Write the proposal for the on-call rota",
                        "Try a silent minute before decisions"), texts(brought));
                assertEquals(circle.ids.get("Grace"), brought.get(0).path("ownerId").asText(), "owners are member ids");
                assertEquals("open", brought.get(0).path("status").asText());
            }
            second.ok("Grace", "commitment.report", RoomClient.args().put("commitmentId", call).put("status", "done")
                    .put("tried", "Called them in week one").put("happened", "They agreed to a shorter term"));
            second.ok("Ada", "commitment.report", RoomClient.args().put("commitmentId", silence).put("status", "partly")
                    .put("differently", "Announce it at the start"));
            budget = second.commit("Grace", "Ask for the training budget");
            second.end("Grace");
        }
        JsonNode history = circle.commitments("Ada");
        JsonNode reported = byText(history, "Call the supplier before the contract renews");
        assertEquals("done", reported.path("status").asText());
        assertEquals(1, reported.path("reports").size(), reported::toString);
        JsonNode report = reported.path("reports").get(0);
        assertEquals(s2, report.path("sessionId").asText(), "the report names the session it was made in");
        assertEquals("done", report.path("status").asText());
        assertEquals("Called them in week one", report.path("tried").asText());
        assertEquals("They agreed to a shorter term", report.path("happened").asText());
        assertEquals("partly", byText(history, "Try a silent minute before decisions").path("status").asText());
        assertEquals("Announce it at the start",
                byText(history, "Try a silent minute before decisions").path("reports").get(0).path("differently").asText());
        assertEquals("open", byText(history, "Write the proposal for the on-call rota").path("status").asText());
        assertEquals(s2, byText(history, "Ask for the training budget").path("sessionId").asText());

        // ---- session 3: Linus facilitates; only what is still open comes back ----
        String s3;
        try (Circle.Meeting third = circle.meet("March", null, "Linus", "Ada", "Grace")) {
            s3 = third.id;
            assertEquals(List.of(write, budget), third.welcomedCommitments("Ada").stream().map(c -> c.path("id").asText()).toList(),
                    "reported commitments stay behind; the one left open and the new one come along");
            third.ok("Linus", "commitment.report", RoomClient.args().put("commitmentId", write).put("status", "dropped")
                    .put("happened", "The rota was decided elsewhere"));
            // The facilitator reports for a member who is not here to do it.
            third.ok("Linus", "commitment.report", RoomClient.args().put("commitmentId", budget).put("status", "changed"));
            third.end("Linus");
        }
        JsonNode last = circle.commitments("Grace");
        assertEquals(s3, byText(last, "Write the proposal for the on-call rota").path("reports").get(0).path("sessionId").asText());
        assertEquals("dropped", byText(last, "Write the proposal for the on-call rota").path("status").asText());
        assertEquals("changed", byText(last, "Ask for the training budget").path("status").asText());
        for (JsonNode commitment : last) {
            assertFalse(commitment.path("status").asText().equals("open"), () -> "everything was reported: " + last);
        }

        // ---- the three sessions in the group's health, each with who facilitated it ----
        JsonNode health = circle.health("Grace");
        JsonNode sessions = health.path("sessions");
        assertEquals(List.of(s1, s2, s3), List.of(sessions.get(0).path("sessionId").asText(),
                sessions.get(1).path("sessionId").asText(), sessions.get(2).path("sessionId").asText()));
        assertEquals(List.of("Ada", "Grace", "Linus"), List.of(sessions.get(0).path("facilitators").get(0).path("name").asText(),
                sessions.get(1).path("facilitators").get(0).path("name").asText(),
                sessions.get(2).path("facilitators").get(0).path("name").asText()));
        assertEquals(3, sessions.get(1).path("followUp").path("broughtIn").asInt());
        assertEquals(2, sessions.get(1).path("followUp").path("reported").asInt());
        assertEquals(2, sessions.get(2).path("followUp").path("reported").asInt());
        assertEquals(1.0, sessions.get(2).path("followUp").path("rate").asDouble());
    }

    // ---- the agreement ----

    @Test
    void joining_a_group_with_an_agreement_without_accepting_it_is_a_conflict() {
        Circle circle = Circle.create(running, "Agreed circle", "Ada", "What is said here stays here.", null);
        String path = "/api/groups/" + circle.id + "/members";
        for (String body : List.of(
                Json.MAPPER.createObjectNode().put("name", "Mallory").put("inviteCode", circle.inviteCode).toString(),
                Json.MAPPER.createObjectNode().put("name", "Mallory").put("inviteCode", circle.inviteCode)
                        .put("acceptAgreement", false).toString())) {
            Api.Reply refused = api.post(path, body);
            assertEquals(409, refused.status(), () -> body + " → " + refused.body());
            assertEquals("conflict", refused.errorCode());
            assertTrue(refused.errorMessage().contains("acceptAgreement"), refused::errorMessage);
        }
        assertEquals(1, circle.get("", "Ada").body().path("members").size(), "nobody joined");

        circle.join("Grace");
        assertEquals(2, circle.get("", "Ada").body().path("members").size());
    }

    @Test
    void a_group_without_an_agreement_needs_no_acceptance() {
        Circle circle = Circle.create(running, "Open circle", "Ada", null, null);
        Api.Reply joined = api.post("/api/groups/" + circle.id + "/members",
                Json.MAPPER.createObjectNode().put("name", "Grace").put("inviteCode", circle.inviteCode).toString());
        assertEquals(201, joined.status(), () -> joined.body().toString());
    }

    @Test
    void an_invite_holder_previews_the_name_and_agreement_without_a_token_and_without_the_code_in_the_url() {
        Circle circle = Circle.create(running, "Preview circle", "Ada", "We keep it kind.", "anonymous-board");
        Api.Reply preview = api.post("/api/groups/" + circle.id + "/preview",
                Json.MAPPER.createObjectNode().put("inviteCode", circle.inviteCode).toString());
        assertEquals(200, preview.status(), () -> preview.body().toString());
        assertEquals("Preview circle", preview.body().path("name").asText());
        assertEquals("We keep it kind.", preview.body().path("agreement").asText());
        assertEquals("anonymous-board", preview.body().path("recordingPolicy").asText());
        assertEquals(28, preview.body().path("cadenceDays").asInt());
        assertFalse(preview.body().has("members"), "who is in the group is for members only");

        Api.Reply wrong = api.post("/api/groups/" + circle.id + "/preview", "{\"inviteCode\":\"not-the-code\"}");
        assertEquals(403, wrong.status());
        assertEquals("forbidden", wrong.errorCode());
        Api.Reply missing = api.post("/api/groups/" + circle.id + "/preview", "{}");
        assertEquals(400, missing.status());
    }

    // ---- one group's token against another group ----

    /** Every route of a group, as HttpGateway declares it: a new one must be added to the check below. */
    private static Set<String> groupRoutesInTheGateway() throws IOException {
        String gateway = Files.readString(Path.of("src/main/java/roundtable/gateway/HttpGateway.java"));
        Matcher route = Pattern.compile("router\\.(get|post|put|delete)\\(\"(/api/groups/:id[^\"]*)\"").matcher(gateway);
        Set<String> routes = new TreeSet<>();
        while (route.find()) {
            routes.add(route.group(1).toUpperCase() + " " + route.group(2));
        }
        return routes;
    }

    @Test
    void a_token_of_another_group_gets_403_on_every_group_endpoint() throws IOException {
        Circle mine = Circle.create(running, "Mine", "Ada", "Kind words only.", null).join("Grace");
        Circle theirs = Circle.create(running, "Theirs", "Oscar", "Kind words only.", null);
        String stranger = theirs.keeperToken();
        String keeper = mine.keeperToken();

        // Something of each kind to aim at: a session, a knowledge entry, a topic.
        JsonNode session;
        try (Circle.Meeting meeting = mine.meet("Ours", "forum", "Ada")) {
            session = meeting.session;
        }
        String entryId = created(api.post("/api/groups/" + mine.id + "/knowledge", Json.MAPPER.createObjectNode()
                .put("context", "Standups ran long").put("approach", "A timer per person").put("outcome", "Ten minutes")
                .toString(), keeper), "id");
        String topicId = created(api.post("/api/groups/" + mine.id + "/topics",
                Json.MAPPER.createObjectNode().put("title", "On-call handovers").toString(), keeper), "id");

        String g = "/api/groups/" + mine.id;
        Map<String, Supplier<Api.Reply>> calls = new LinkedHashMap<>();
        calls.put("GET /api/groups/:id", () -> api.get(g, stranger));
        calls.put("GET /api/groups/:id/commitments", () -> api.get(g + "/commitments", stranger));
        calls.put("GET /api/groups/:id/orientations", () -> api.get(g + "/orientations", stranger));
        calls.put("GET /api/groups/:id/health", () -> api.get(g + "/health", stranger));
        calls.put("DELETE /api/groups/:id", () -> api.delete(g, stranger));
        calls.put("POST /api/groups/:id/knowledge", () -> api.post(g + "/knowledge", Json.MAPPER.createObjectNode()
                .put("context", "c").put("approach", "a").put("outcome", "o").toString(), stranger));
        calls.put("GET /api/groups/:id/knowledge", () -> api.get(g + "/knowledge?q=standups", stranger));
        calls.put("PUT /api/groups/:id/knowledge/:entryId/visibility", () -> api.put(g + "/knowledge/" + entryId + "/visibility",
                "{\"visibility\":\"circulated\"}", stranger));
        calls.put("POST /api/groups/:id/topics", () -> api.post(g + "/topics", "{\"title\":\"Ours now\"}", stranger));
        calls.put("GET /api/groups/:id/topics", () -> api.get(g + "/topics", stranger));
        calls.put("POST /api/groups/:id/topics/:topicId/votes", () -> api.post(g + "/topics/" + topicId + "/votes", "", stranger));
        calls.put("PUT /api/groups/:id/topics/:topicId/status", () -> api.put(g + "/topics/" + topicId + "/status",
                "{\"status\":\"picked\"}", stranger));
        // Reached by the invite code rather than a token: another group's code is refused the same way.
        calls.put("POST /api/groups/:id/members", () -> api.post(g + "/members", Json.MAPPER.createObjectNode()
                .put("name", "Oscar").put("inviteCode", theirs.inviteCode).put("acceptAgreement", true).toString()));
        calls.put("POST /api/groups/:id/preview", () -> api.post(g + "/preview",
                Json.MAPPER.createObjectNode().put("inviteCode", theirs.inviteCode).toString()));
        // A group session, from both ends.
        calls.put("POST /api/sessions {groupId}", () -> api.post("/api/sessions", Json.MAPPER.createObjectNode()
                .put("title", "Gatecrash").put("groupId", mine.id).toString(), stranger));
        calls.put("POST /api/sessions/:id/participants {}", () -> api.post("/api/sessions/"
                + session.path("sessionId").asText() + "/participants", "{}", stranger));

        Set<String> missing = new TreeSet<>(groupRoutesInTheGateway());
        missing.removeAll(calls.keySet());
        assertEquals(Set.of(), missing, "every group route of the gateway is tried here");

        for (Map.Entry<String, Supplier<Api.Reply>> call : calls.entrySet()) {
            Api.Reply reply = call.getValue().get();
            assertEquals(403, reply.status(), () -> call.getKey() + " with another group's credential: " + reply.body());
            assertEquals("forbidden", reply.errorCode(), call::getKey);
            String said = reply.body().toString();
            assertFalse(said.contains("Mine") || said.contains("Kind words") || said.contains("Standups"),
                    () -> call.getKey() + " tells nothing of the group: " + said);
        }

        // Nothing changed: the group, its members, its entry and its topic are as they were.
        JsonNode group = mine.get("", "Grace").body();
        assertEquals(2, group.path("members").size());
        assertEquals(1, api.get(g + "/knowledge", keeper).body().size());
        assertEquals("circle", api.get(g + "/knowledge", keeper).body().get(0).path("visibility").asText());
        assertEquals(1, api.get(g + "/topics", keeper).body().size());
        assertEquals(1, mine.health("Ada").path("sessions").size());

        // And without any token: 401.
        for (String path : List.of(g, g + "/commitments", g + "/health", g + "/knowledge", g + "/topics")) {
            assertEquals(401, api.get(path, null).status(), path);
        }
    }

    private static String created(Api.Reply reply, String field) {
        assertEquals(201, reply.status(), () -> reply.body().toString());
        return reply.body().path(field).asText();
    }

    // ---- deleting a group ----

    @Test
    void the_keeper_deletes_the_group_and_no_table_keeps_a_row_of_it() throws Exception {
        String canary = "Canary-" + Long.toHexString(System.nanoTime());
        Circle doomed = Circle.create(running, "Doomed " + canary, "Ada", "Agreement " + canary, null).join("Grace");
        Circle kept = Circle.create(running, "Kept circle", "Kim", null, null);
        Set<String> traces = new LinkedHashSet<>(List.of(doomed.id, canary));
        traces.addAll(doomed.ids.values());

        // Two sessions with cards, commitments, a report, a recap link, a knowledge entry and a topic.
        try (Circle.Meeting first = doomed.meet("First", "forum", "Ada", "Grace")) {
            traces.add(first.id);
            first.card("Grace", "note", "Note " + canary);
            first.commit("Grace", "Commitment " + canary);
            first.end("Ada");
            Api.Reply link = api.post("/api/sessions/" + first.id + "/recap-links", "{}", first.facilitatorToken());
            assertEquals(201, link.status(), () -> "a recap link: " + link.body());
            first.leaveAndSettle();
        }
        try (Circle.Meeting second = doomed.meet("Second", "forum", "Grace", "Ada")) {
            traces.add(second.id);
            String brought = second.welcomedCommitments("Ada").get(0).path("id").asText();
            second.ok("Grace", "commitment.report", RoomClient.args().put("commitmentId", brought).put("status", "done")
                    .put("happened", "Report " + canary));
            second.end("Grace");
            second.leaveAndSettle();
        }
        created(api.post("/api/groups/" + doomed.id + "/knowledge", Json.MAPPER.createObjectNode()
                .put("context", "Context " + canary).put("approach", "a").put("outcome", "o").toString(), doomed.token("Grace")), "id");
        created(api.post("/api/groups/" + doomed.id + "/topics",
                Json.MAPPER.createObjectNode().put("title", "Topic " + canary).toString(), doomed.token("Grace")), "id");
        try (Circle.Meeting other = kept.meet("Kept session", "forum", "Kim")) {
            other.card("Kim", "note", "A kept note");
            other.end("Kim");
            other.leaveAndSettle();
        }

        Map<String, Integer> before = rowsMentioning(traces);
        for (String table : List.of("groups", "members", "sessions", "session_events", "credentials", "recap_links",
                "commitments", "commitment_reports", "knowledge", "topics")) {
            assertTrue(before.getOrDefault(table, 0) > 0, () -> "the group has rows in " + table + " to delete: " + before);
        }

        Api.Reply byMember = api.delete("/api/groups/" + doomed.id, doomed.token("Grace"));
        assertEquals(403, byMember.status(), "only the keeper deletes");
        Api.Reply deleted = api.delete("/api/groups/" + doomed.id, doomed.keeperToken());
        assertEquals(204, deleted.status(), () -> String.valueOf(deleted.body()));

        Map<String, Integer> after = rowsMentioning(traces);
        assertEquals(Map.of(), after, "no table keeps a row that names the group, its sessions, its members or its words");
        assertEquals(403, api.get("/api/groups/" + doomed.id, doomed.keeperToken()).status(), "the member tokens are gone");
        assertNotNull(rowsMentioning(Set.of(kept.id)).get("groups"), "the other group is untouched");
        assertEquals(200, kept.get("", "Kim").status());
        assertEquals(1, kept.health("Kim").path("sessions").size());
    }

    /**
     * Table name to how many of its rows, read as text, contain any of {@code traces}; every table of
     * the schema is read, whoever added it, except Flyway's own history.
     */
    private static Map<String, Integer> rowsMentioning(Set<String> traces) throws SQLException {
        Map<String, Integer> found = new LinkedHashMap<>();
        try (Connection sql = running.server().sql()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.contains("groups") && tables.contains("session_events"), tables::toString);
            for (String table : tables) {
                if (table.startsWith("flyway_")) {
                    continue;
                }
                StringBuilder where = new StringBuilder();
                for (int i = 0; i < traces.size(); i++) {
                    where.append(i == 0 ? "" : " OR ").append("strpos(t::text, ?) > 0");
                }
                try (PreparedStatement query = sql.prepareStatement(
                        "SELECT count(*) FROM \"" + table + "\" t WHERE " + where)) {
                    int i = 1;
                    for (String trace : traces) {
                        query.setString(i++, trace);
                    }
                    try (ResultSet count = query.executeQuery()) {
                        count.next();
                        if (count.getInt(1) > 0) {
                            found.put(table, count.getInt(1));
                        }
                    }
                }
            }
        }
        return found;
    }
}
