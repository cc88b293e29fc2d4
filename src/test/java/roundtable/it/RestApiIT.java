package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Health, the protocol catalogue, and creating a session: every refusal and the success. */
class RestApiIT extends OneServerPerClass {

    @Test
    void health_answers_up_and_ready_answers_up_with_each_of_its_checks() {
        Api.Reply health = running.api().get("/health", null);
        assertEquals(200, health.status());
        assertEquals("UP", health.body().path("status").asText());

        Api.Reply ready = running.api().get("/ready", null);
        assertEquals(200, ready.status());
        assertEquals("UP", ready.body().path("status").asText());
        List<String> checks = new java.util.ArrayList<>();
        ready.body().path("checks").forEach(check -> checks.add(check.path("id").asText() + "=" + check.path("status").asText()));
        assertEquals(List.of("database=UP", "draining=UP", "write-buffer=UP"), checks);
    }

    @Test
    void the_protocol_list_holds_forum_with_its_seven_described_phases() {
        Api.Reply reply = running.api().get("/api/protocols", null);

        assertEquals(200, reply.status());
        assertNoStore(reply);
        assertTrue(reply.body().isArray(), "a list");
        JsonNode forum = null;
        for (JsonNode protocol : reply.body()) {
            if (protocol.path("id").asText().equals("forum")) {
                forum = protocol;
            }
        }
        assertNotNull(forum, () -> "forum is listed: " + reply.body());
        assertFalse(forum.path("name").asText().isBlank());
        assertFalse(forum.path("summary").asText().isBlank());
        JsonNode phases = forum.path("phases");
        assertEquals(7, phases.size());
        for (JsonNode phase : phases) {
            for (String field : List.of("id", "name", "kind", "timeboxSeconds", "turns", "cardKinds", "whoMayPost")) {
                assertTrue(phase.has(field), () -> "phase has " + field + ": " + phase);
            }
            assertTrue(phase.path("timeboxSeconds").isInt() && phase.path("timeboxSeconds").asInt() > 0, phase::toString);
            assertTrue(Set.of("open", "round-robin", "queue", "presenter").contains(phase.path("turns").asText()),
                    phase::toString);
            assertTrue(Set.of("all", "presenter", "others").contains(phase.path("whoMayPost").asText()), phase::toString);
            assertTrue(phase.path("cardKinds").isArray(), phase::toString);
        }
        assertEquals("check-in", phases.get(0).path("id").asText());
        assertEquals("check-out", phases.get(6).path("id").asText());
    }

    static Stream<Arguments> refusedSessionBodies() {
        String title121 = "t".repeat(121);
        return Stream.of(
                arguments("a body that is not JSON", "{title: 'x'", 400, "bad-request", "JSON"),
                arguments("a body that is a JSON array", "[]", 400, "bad-request", "JSON object"),
                arguments("a body that is a JSON string", "\"forum\"", 400, "bad-request", "JSON object"),
                arguments("an empty body", "", 400, "bad-request", "title"),
                arguments("no title", body(null, "forum", "Ada"), 400, "bad-request", "title"),
                arguments("a blank title", body("  \t ", "forum", "Ada"), 400, "bad-request", "title"),
                arguments("no protocol", body("Forum", null, "Ada"), 400, "bad-request", "protocol"),
                arguments("a blank protocol", body("Forum", " ", "Ada"), 400, "bad-request", "protocol"),
                arguments("no facilitatorName", body("Forum", "forum", null), 400, "bad-request", "facilitatorName"),
                arguments("a blank facilitatorName", body("Forum", "forum", "   "), 400, "bad-request", "facilitatorName"),
                arguments("a title over 120 characters", body(title121, "forum", "Ada"), 400, "bad-request", "120"),
                arguments("a facilitatorName over 60 characters", body("Forum", "forum", "n".repeat(61)), 400,
                        "bad-request", "facilitatorName"),
                arguments("a title with a control character", body("For\u0007um", "forum", "Ada"), 400,
                        "bad-request", "title"),
                arguments("an unknown protocol", body("Forum", "fishbowl", "Ada"), 400, "bad-request", "forum"),
                arguments("a title that is a number", "{\"title\":5,\"protocol\":\"forum\",\"facilitatorName\":\"Ada\"}",
                        400, "bad-request", "title"),
                arguments("a protocol that is an object", "{\"title\":\"F\",\"protocol\":{},\"facilitatorName\":\"Ada\"}",
                        400, "bad-request", "protocol"),
                arguments("a groupId that is a number", "{\"title\":\"F\",\"protocol\":\"forum\",\"facilitatorName\":\"A\","
                        + "\"groupId\":7}", 400, "bad-request", "groupId"),
                arguments("a group session asked for without a member token", "{\"title\":\"F\",\"protocol\":\"forum\",\"facilitatorName\":\"A\","
                        + "\"groupId\":\"g-none\"}", 401, "unauthorized", "Bearer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedSessionBodies")
    void creating_a_session_with_a_bad_body_is_refused_with_a_clear_error(String description, String body, int status,
                                                                          String code, String hint) {
        Api.Reply reply = running.api().post("/api/sessions", body);

        assertErrorReply(reply, status, code);
        assertTrue(reply.errorMessage().contains(hint), () -> "the message mentions " + hint + ": " + reply.body());
    }

    @Test
    void a_body_over_64_KiB_is_refused_as_too_large() {
        String body = body("Forum", "forum", "Ada").replace("}", ",\"padding\":\"" + "p".repeat(70 * 1024) + "\"}");

        Api.Reply reply = running.api().post("/api/sessions", body);

        assertErrorReply(reply, 413, "too-large");
    }

    @Test
    void creating_a_session_answers_201_with_ids_secrets_and_links() {
        Api.Reply reply = running.api().post("/api/sessions", body("Monthly forum", "forum", "Ada"));

        assertEquals(201, reply.status(), () -> String.valueOf(reply.body()));
        assertNoStore(reply);
        JsonNode created = reply.body();
        String sessionId = created.path("sessionId").asText();
        String invite = created.path("inviteCode").asText();
        String token = created.path("facilitator").path("token").asText();
        assertFalse(sessionId.isBlank());
        assertFalse(created.path("facilitator").path("participantId").asText().isBlank());
        assertTrue(invite.length() >= 43, "the invite code is unguessable: " + invite);
        assertTrue(token.length() >= 43, "the token carries at least 256 bits: " + token);
        assertFalse(token.equals(invite), "token and invite are different secrets");
        String room = created.path("links").path("room").asText();
        String facilitate = created.path("links").path("facilitator").asText();
        assertTrue(room.startsWith(running.server().baseUrl()) && room.contains(sessionId) && room.contains("#invite=" + invite), room);
        assertTrue(facilitate.contains(sessionId) && facilitate.contains("#token=" + token), facilitate);
        assertFalse(room.contains(token), "the invite link does not carry the facilitator's token");
    }

    @Test
    void two_sessions_get_different_ids_and_secrets() {
        JsonNode one = running.api().createSession("One", "forum", "Ada");
        JsonNode two = running.api().createSession("Two", "forum", "Ada");

        assertFalse(one.path("sessionId").equals(two.path("sessionId")));
        assertFalse(one.path("inviteCode").equals(two.path("inviteCode")));
        assertFalse(one.path("facilitator").path("token").equals(two.path("facilitator").path("token")));
    }

    @Test
    void an_unknown_path_under_api_answers_a_json_404() {
        List<Api.Reply> replies = new ArrayList<>();
        replies.add(running.api().get("/api/nothing-here", null));
        replies.add(running.api().get("/api/sessions/abc/nothing-here", null));
        replies.add(running.api().post("/api/nothing-here", "{}"));

        for (Api.Reply reply : replies) {
            assertErrorReply(reply, 404, "not-found");
        }
    }

    /** The one shape of every error, plus no caching of anything under /api. */
    static void assertErrorReply(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), () -> "status of " + reply.body());
        assertNotNull(reply.body(), "an error has a body");
        assertTrue(reply.body().path("error").isObject(), () -> "{\"error\":{…}}: " + reply.body());
        assertEquals(code, reply.errorCode(), () -> "code of " + reply.body());
        assertFalse(reply.errorMessage() == null || reply.errorMessage().isBlank(), () -> "a message: " + reply.body());
        assertTrue(reply.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertNoStore(reply);
    }

    static void assertNoStore(Api.Reply reply) {
        assertEquals("no-store", reply.raw().headers().firstValue("Cache-Control").orElse(null),
                () -> "Cache-Control of " + reply.raw().uri());
    }

    static String body(String title, String protocol, String facilitatorName) {
        var body = roundtable.wire.Json.MAPPER.createObjectNode();
        if (title != null) {
            body.put("title", title);
        }
        if (protocol != null) {
            body.put("protocol", protocol);
        }
        if (facilitatorName != null) {
            body.put("facilitatorName", facilitatorName);
        }
        return body.toString();
    }
}
