package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import roundtable.wire.Json;

/**
 * {@code GET /api/groups/{id}/health} over real HTTP, fed by sessions run over real sockets: its
 * shape, {@code replant} on a decaying history and not on a healthy one, and members only. The
 * thresholds themselves are tested in the domain (GroupHealthTest).
 */
class HealthIT extends OneServerPerClass {

    private static List<String> codes(JsonNode health) {
        List<String> codes = new ArrayList<>();
        health.path("signals").forEach(signal -> codes.add(signal.path("code").asText()));
        return codes;
    }

    @Test
    void a_new_group_has_no_sessions_and_no_signals() {
        Circle circle = Circle.create(running, "Brand new", "Ada", null, null);
        JsonNode health = circle.health("Ada");
        assertEquals(0, health.path("sessions").size());
        assertEquals(0, health.path("signals").size());
    }

    @Test
    void three_sessions_without_new_insight_or_follow_up_raise_replant() {
        Circle circle = Circle.create(running, "Fading circle", "Ada", "Kind words.", null).join("Grace").join("Linus");
        for (String month : List.of("January", "February", "March")) {
            // Ada facilitates every time; the group talks, but keeps nothing and promises nothing.
            try (Circle.Meeting meeting = circle.meet(month, "forum", "Ada", "Grace", "Linus")) {
                meeting.card("Grace", "note", "Busy month");
                meeting.end("Ada");
            }
        }
        JsonNode health = circle.health("Linus");
        List<String> codes = codes(health);
        assertEquals(List.of("replant", "no-new-insights", "single-facilitator"), codes, health::toString);
        for (JsonNode signal : health.path("signals")) {
            String message = signal.path("message").asText();
            assertFalse(message.isBlank());
            for (String name : List.of("Ada", "Grace", "Linus")) {
                assertFalse(message.contains(name), () -> "signals name nobody: " + message);
            }
        }

        JsonNode sessions = health.path("sessions");
        assertEquals(3, sessions.size());
        JsonNode march = sessions.get(2);
        assertEquals("March", march.path("title").asText());
        assertTrue(march.path("createdAt").asLong() > 0);
        assertTrue(march.path("endedAt").asLong() >= march.path("createdAt").asLong());
        assertEquals(3, march.path("attendance").path("attended").asInt());
        assertEquals(3, march.path("attendance").path("members").asInt());
        assertEquals(List.of("Ada", "Grace", "Linus"), names(march.path("attendance").path("who")));
        assertTrue(march.path("airtime").has("topShare") && march.path("airtime").has("gini")
                && march.path("airtime").has("totalMs"), march::toString);
        assertEquals(0, march.path("followUp").path("broughtIn").asInt());
        assertTrue(march.path("followUp").path("rate").isNull(), "nothing to follow up: no rate");
        assertEquals(0, march.path("newInsights").path("total").asInt());
        assertEquals(List.of("Ada"), names(march.path("facilitators")));
        assertEquals(0.4, health.path("rules").path("dominantShare").asDouble());
    }

    @Test
    void a_group_that_reports_back_and_keeps_takeaways_has_no_replant() throws InterruptedException {
        Circle circle = Circle.create(running, "Thriving circle", "Ada", "Kind words.", null).join("Grace").join("Linus");
        List<String> facilitators = List.of("Ada", "Grace", "Linus");
        List<String> open = List.of();
        for (int i = 0; i < 3; i++) {
            String facilitator = facilitators.get(i);
            List<String> others = facilitators.stream().filter(name -> !name.equals(facilitator)).toList();
            try (Circle.Meeting meeting = circle.meet("Session " + (i + 1), "forum", facilitator, others.toArray(String[]::new))) {
                for (JsonNode brought : meeting.welcomedCommitments(facilitator)) {
                    meeting.ok(facilitator, "commitment.report", RoomClient.args()
                            .put("commitmentId", brought.path("id").asText()).put("status", "done"));
                }
                assertEquals(open.size(), meeting.welcomedCommitments(facilitator).size());
                // A little talk, shared: everyone holds the floor for a moment.
                for (String name : facilitators) {
                    meeting.ok(facilitator, "turn.give", RoomClient.args().put("participantId", circle.ids.get(name)));
                    Thread.sleep(60);
                }
                meeting.phase(facilitator, "check-out");
                for (String name : facilitators) {
                    meeting.card(name, "takeaway", "What " + name + " takes away from session " + (i + 1));
                }
                if (i == 1) {
                    Api.Reply entry = running.api().post("/api/sessions/" + meeting.id + "/knowledge",
                            Json.MAPPER.createObjectNode().put("context", "Reviews piled up").put("approach", "A review hour")
                                    .put("outcome", "Queue cleared").toString(), meeting.sessionTokens.get("Grace"));
                    assertEquals(201, entry.status(), () -> entry.body().toString());
                }
                List<String> made = new ArrayList<>();
                for (String name : others) {
                    made.add(meeting.commit(name, name + " tries one thing before session " + (i + 2)));
                }
                open = made;
                meeting.end(facilitator);
            }
        }
        JsonNode health = circle.health("Grace");
        List<String> codes = codes(health);
        assertEquals(List.of(), codes, health::toString);

        JsonNode sessions = health.path("sessions");
        assertEquals(List.of(3, 3, 3), List.of(sessions.get(0).path("newInsights").path("takeaways").asInt(),
                sessions.get(1).path("newInsights").path("takeaways").asInt(),
                sessions.get(2).path("newInsights").path("takeaways").asInt()));
        assertEquals(1, sessions.get(1).path("newInsights").path("knowledge").asInt(), "the entry documented in session 2");
        assertEquals(4, sessions.get(1).path("newInsights").path("total").asInt());
        assertTrue(sessions.get(0).path("followUp").path("rate").isNull());
        assertEquals(1.0, sessions.get(1).path("followUp").path("rate").asDouble());
        assertEquals(2, sessions.get(2).path("followUp").path("reported").asInt());
        JsonNode airtime = sessions.get(2).path("airtime");
        assertTrue(airtime.path("totalMs").asLong() > 0, airtime::toString);
        assertTrue(airtime.path("topShare").asDouble() > 0 && airtime.path("topShare").asDouble() < 1, airtime::toString);
        assertEquals(List.of("Ada", "Grace", "Linus"), List.of(names(sessions.get(0).path("facilitators")).get(0),
                names(sessions.get(1).path("facilitators")).get(0), names(sessions.get(2).path("facilitators")).get(0)));
    }

    @Test
    void a_session_still_running_is_listed_but_not_judged() {
        Circle circle = Circle.create(running, "Mid-meeting", "Ada", null, null).join("Grace");
        for (String month : List.of("January", "February")) {
            try (Circle.Meeting meeting = circle.meet(month, "forum", month.equals("January") ? "Ada" : "Grace", month.equals("January") ? "Grace" : "Ada")) {
                meeting.end(month.equals("January") ? "Ada" : "Grace");
            }
        }
        try (Circle.Meeting march = circle.meet("March", "forum", "Ada", "Grace")) {
            JsonNode health = circle.health("Ada");
            assertEquals(3, health.path("sessions").size());
            assertTrue(health.path("sessions").get(2).path("endedAt").isNull());
            assertFalse(codes(health).contains("replant"), () -> "March is not over yet: " + health);
            march.end("Ada");
        }
        assertTrue(codes(circle.health("Ada")).contains("replant"));
    }

    @Test
    void health_is_for_the_group_s_members_only() {
        Circle mine = Circle.create(running, "Private health", "Ada", null, null);
        Circle theirs = Circle.create(running, "Curious", "Oscar", null, null);
        try (Circle.Meeting meeting = mine.meet("Ours", "forum", "Ada")) {
            meeting.end("Ada");
        }
        Api.Reply stranger = running.api().get("/api/groups/" + mine.id + "/health", theirs.keeperToken());
        assertEquals(403, stranger.status());
        assertEquals("forbidden", stranger.errorCode());
        assertFalse(stranger.body().toString().contains("Ours"), "nothing of the group leaks");
        Api.Reply sessionToken = running.api().get("/api/groups/" + mine.id + "/health",
                running.api().createSession("Ad hoc", "forum", "Ada").path("facilitator").path("token").asText());
        assertEquals(403, sessionToken.status(), "a session token is not a member token");
        assertEquals(401, running.api().get("/api/groups/" + mine.id + "/health", null).status());
        assertEquals(200, running.api().get("/api/groups/" + mine.id + "/health", mine.keeperToken()).status());
    }

    private static List<String> names(JsonNode people) {
        List<String> names = new ArrayList<>();
        people.forEach(person -> names.add(person.path("name").asText()));
        return names;
    }
}
