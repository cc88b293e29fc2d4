package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import roundtable.wire.Json;

/**
 * POST /api/protocols: a protocol written as data is stored with its defaults, listed and usable
 * for sessions; a wrong one is refused with every problem named by its field.
 */
class CustomProtocolsIT extends OneServerPerClass {

    private static final AtomicInteger POSTS = new AtomicInteger();
    private static final String WEEKLY = """
            {"id":"weekly-forum","name":"Weekly forum","summary":"A short forum for busy weeks.",
             "phases":[{"id":"issue","name":"Issue","kind":"presentation","timeboxSeconds":300,"turns":"presenter",
                        "cardKinds":["issue"],"whoMayPost":"presenter"},
                       {"id":"open-floor","name":"Open floor","kind":"talk","timeboxSeconds":0}]}""";

    @Test
    void a_listed_protocol_sent_back_under_a_new_id_is_accepted_and_what_it_derives_is_derived_again() {
        ObjectNode forum = (ObjectNode) list().stream().filter(p -> p.path("id").asText().equals("forum")).findFirst().orElseThrow();
        assertEquals("make", forum.path("phases").get(5).path("commitments").asText(), "derived: " + forum);
        forum.put("id", "forum-copy");
        Api.Reply created = running.api().post("/api/protocols", forum.toString());
        assertEquals(201, created.status(), () -> "created: " + created.body());
        assertEquals(forum, created.body(), "the same protocol, the derived field included");
    }

    @Test
    void a_posted_protocol_is_stored_with_its_defaults_listed_after_the_built_ins_and_used_by_a_session() {
        Api.Reply created = running.api().post("/api/protocols", WEEKLY);
        assertEquals(201, created.status(), () -> "created: " + created.body());
        JsonNode minimal = created.body().path("phases").get(1);
        assertEquals("open", minimal.path("turns").asText());
        assertEquals(0, minimal.path("turnSeconds").asInt());
        assertEquals(0, minimal.path("cardKinds").size());
        assertEquals("all", minimal.path("whoMayPost").asText());
        assertEquals("list", minimal.path("layout").asText());
        assertEquals(false, minimal.path("private").asBoolean(true));
        assertEquals("none", minimal.path("coach").asText());
        assertEquals(false, minimal.path("autoAdvance").asBoolean(true));
        assertEquals(0, minimal.path("prompts").size());

        List<JsonNode> listed = list();
        JsonNode weekly = listed.stream().filter(p -> p.path("id").asText().equals("weekly-forum")).findFirst().orElseThrow();
        assertEquals(created.body(), weekly, "listed as stored");
        assertTrue(listed.indexOf(weekly) >= 7, "after the seven built-in protocols");

        try (Group group = Group.start(running, "weekly-forum", "Grace")) {
            JsonNode state = LiveSession.welcome(group.client("Grace")).path("state");
            assertEquals("weekly-forum", state.path("protocol").path("id").asText());
            assertEquals("issue", state.path("phase").path("id").asText());
            assertEquals("invalid-state", group.client("Grace").command("card.add",
                    RoomClient.args().put("kind", "issue").put("text", "Mine")).path("code").asText(),
                    "the custom rules apply: only the presenter posts here");
        }
    }

    @Test
    void every_built_in_protocol_is_accepted_under_another_id() {
        for (JsonNode builtIn : list().subList(0, 7)) {
            ObjectNode copy = builtIn.deepCopy();
            copy.put("id", "copy-of-" + builtIn.path("id").asText());
            Api.Reply reply = running.api().post("/api/protocols", copy.toString());
            assertEquals(201, reply.status(), () -> builtIn.path("id") + " as a custom protocol: " + reply.body());
            assertEquals(copy, reply.body(), "stored exactly as sent");
        }
    }

    @Test
    void every_problem_of_a_protocol_is_named_at_once_by_its_field() {
        Api.Reply reply = running.api().post("/api/protocols", """
                {"id":"Weekly_Forum","name":"Many problems","phases":[
                  {"id":"a","name":"A","kind":"talk","timeboxSeconds":0,"autoAdvance":true},
                  {"id":"a","name":"A again","kind":"talk","timeboxSeconds":60,"private":true},
                  {"id":"b","name":"B","kind":"talk","timeboxSeconds":60,"turnSeconds":30}]}""");
        List<String> problems = assertBadRequest(reply);
        assertNamed(problems, "id:", "Weekly_Forum is not kebab-case");
        assertNamed(problems, "phases[1].id:", "the phase id is used twice");
        assertNamed(problems, "phases[0].autoAdvance", "auto-advance needs a timebox");
        assertNamed(problems, "phases[1].private", "private drafting needs card kinds");
        assertNamed(problems, "phases[2].turnSeconds", "an open phase has no turns to time");
        assertEquals(5, problems.size(), () -> "nothing else: " + problems);
        problems.forEach(problem -> assertTrue(reply.errorMessage().contains(problem), "the message joins the problems"));
    }

    @Test
    void an_unknown_value_is_refused_naming_the_values_allowed() {
        assertEquals(List.of("phases[0].turns must be one of open, round-robin, queue, presenter."),
                assertBadRequest(post(phase().put("turns", "circle"))));
        assertEquals(List.of("phases[0].whoMayPost must be one of all, presenter, others."),
                assertBadRequest(post(phase().put("whoMayPost", "everyone"))));
        assertNamed(assertBadRequest(post(phase().put("kind", "lecture"))), "phases[0].kind must be one of check-in,",
                "the phase kinds are listed");
        ObjectNode memo = phase();
        memo.putArray("cardKinds").add("memo");
        assertNamed(assertBadRequest(post(memo)), "phases[0].cardKinds", "the card kinds are listed");
    }

    @Test
    void a_value_of_the_wrong_shape_is_named_on_its_own_first() {
        List<String> problems = assertBadRequest(running.api().post("/api/protocols", """
                {"id":"Weekly_Forum","name":"Many problems","phases":[
                  {"id":"a","name":"A again","kind":"talk","timeboxSeconds":60,"turns":"circle"}]}"""));
        assertEquals(List.of("phases[0].turns must be one of open, round-robin, queue, presenter."), problems,
                "a document that does not read is fixed first; its rules are checked once it reads");
    }

    @Test
    void every_broken_rule_of_a_readable_protocol_is_named_at_once() {
        List<String> problems = assertBadRequest(running.api().post("/api/protocols", """
                {"id":"Weekly_Forum","name":"Many problems","phases":[
                  {"id":"a","name":"A","kind":"talk","timeboxSeconds":0,"autoAdvance":true},
                  {"id":"a","name":"A again","kind":"talk","timeboxSeconds":60}]}"""));
        assertNamed(problems, "id:", "the bad id");
        assertNamed(problems, "phases[1].id:", "the duplicate phase id as well");
        assertNamed(problems, "phases[0].autoAdvance", "the auto-advance without a timebox as well");
    }

    @Test
    void a_built_in_id_is_refused_and_a_taken_custom_id_is_a_conflict() {
        String forum = WEEKLY.replace("weekly-forum", "forum");
        assertEquals(List.of("id: 'forum' is a built-in protocol; choose another id."),
                assertBadRequest(running.api().post("/api/protocols", forum)));

        String twice = WEEKLY.replace("weekly-forum", "posted-twice");
        assertEquals(201, running.api().post("/api/protocols", twice).status());
        Api.Reply again = running.api().post("/api/protocols", twice);
        assertEquals(409, again.status(), () -> "second post: " + again.body());
        assertEquals("conflict", again.errorCode());
        assertEquals(1, list().stream().filter(p -> p.path("id").asText().equals("posted-twice")).count());
    }

    @Test
    void an_unknown_field_is_refused_not_ignored() {
        assertEquals(List.of("phases[0].timebox is not a known field."),
                assertBadRequest(post(phase().put("timebox", 60))));
        ObjectNode versioned = protocol("versioned", phase());
        versioned.put("version", 2);
        assertEquals(List.of("version is not a known field."),
                assertBadRequest(running.api().post("/api/protocols", versioned.toString())));
    }

    @Test
    void a_protocol_without_an_id_is_refused_naming_the_id() {
        ObjectNode anonymous = protocol("unused", phase());
        anonymous.remove("id");
        Api.Reply reply = running.api().post("/api/protocols", anonymous.toString());
        assertNamed(assertBadRequest(reply), "id:", "the missing id is named");
    }

    @Test
    void a_phase_without_a_timebox_has_none() {
        ObjectNode untimed = phase();
        untimed.remove("timeboxSeconds");
        Api.Reply reply = post(untimed);
        assertEquals(201, reply.status(), () -> "accepted: " + reply.body());
        assertEquals(0, reply.body().at("/phases/0/timeboxSeconds").asInt());
    }

    @Test
    void a_fractional_number_of_seconds_is_refused_rather_than_rounded() {
        assertNamed(assertBadRequest(post(phase().put("timeboxSeconds", 5.5))), "phases[0].timeboxSeconds",
                "seconds are whole numbers");
    }

    @Test
    void a_null_card_kind_is_refused_naming_the_field() {
        ObjectNode nullKind = phase();
        nullKind.putArray("cardKinds").addNull();
        assertNamed(assertBadRequest(post(nullKind)), "phases[0].cardKinds", "a card kind cannot be null");
    }

    private static List<String> assertBadRequest(Api.Reply reply) {
        assertEquals(400, reply.status(), () -> "refused: " + reply.body());
        assertEquals("bad-request", reply.errorCode());
        JsonNode problems = reply.body().path("error").path("problems");
        assertTrue(problems.isArray() && problems.size() > 0, () -> "error.problems lists the problems: " + reply.body());
        return StreamSupport.stream(problems.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void assertNamed(List<String> problems, String start, String why) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)), () -> why + ": no problem starts with '"
                + start + "' in " + problems);
    }

    /** Posts a one-phase protocol under an id of its own, so that no test depends on another's. */
    private static Api.Reply post(ObjectNode phase) {
        return running.api().post("/api/protocols", protocol("one-phase-" + POSTS.incrementAndGet(), phase).toString());
    }

    private static ObjectNode phase() {
        return Json.MAPPER.createObjectNode().put("id", "only").put("name", "Only").put("kind", "talk")
                .put("timeboxSeconds", 60);
    }

    private static ObjectNode protocol(String id, ObjectNode phase) {
        ObjectNode protocol = Json.MAPPER.createObjectNode().put("id", id).put("name", "One phase");
        protocol.putArray("phases").add(phase);
        return protocol;
    }

    private static List<JsonNode> list() {
        Api.Reply reply = running.api().get("/api/protocols", null);
        assertEquals(200, reply.status());
        return StreamSupport.stream(reply.body().spliterator(), false).toList();
    }
}
