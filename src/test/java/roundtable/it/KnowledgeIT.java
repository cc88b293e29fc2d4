package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.it.Api.assertRefused;
import static roundtable.it.Api.only;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import roundtable.wire.Json;

/** The group's knowledge base over real HTTP: writing, searching, circulating, and what an issue relates to. */
class KnowledgeIT extends OneServerPerClass {

    @Test
    void search_finds_an_entry_by_a_word_of_its_context_and_ranks_the_closer_match_first() {
        PeerCircle group = PeerCircle.create(api, "Kim", "Max");
        String close = add(group, "Max", entry("Sprint estimates kept slipping by weeks",
                "Split every story until none was bigger than two days", "Forecasts held for three sprints"));
        String passing = add(group, "Kim", entry("A new hire felt lost in the first month",
                "Paired them with a different peer every day", "They shipped in week two; we revisited estimates later"));
        add(group, "Kim", entry("Retros had gone stale", "Rotated who runs them", "More people spoke up"));

        Api.Reply found = api.get(group.path("/knowledge?q=estimates"), group.token("Kim"));
        assertEquals(200, found.status(), () -> found.body().toString());
        assertEquals(List.of(close, passing), ids(found.body()), "the entry whose context matches ranks first");
        JsonNode best = found.body().get(0);
        assertTrue(best.path("rank").asDouble() > found.body().get(1).path("rank").asDouble(), () -> found.body().toString());
        assertTrue(best.path("snippet").asText().contains("«estimates»"), () -> "the snippet marks the match: " + best);
        assertFalse(best.path("snippet").asText().contains("<"), "snippets carry no markup");
        assertEquals("Sprint estimates kept slipping by weeks", best.path("context").asText());
        assertEquals("Split every story until none was bigger than two days", best.path("approach").asText());
        assertEquals("Forecasts held for three sprints", best.path("outcome").asText());
        assertEquals("Max", best.path("authorName").asText());
        assertEquals(group.idOf("Max"), best.path("authorId").asText());
        assertTrue(best.path("sessionId").isNull(), "written between sessions");
        assertEquals("circle", best.path("visibility").asText());
        assertTrue(best.path("createdAt").asLong() > 0);

        Api.Reply stemmed = api.get(group.path("/knowledge?q=estimating"), group.token("Max"));
        assertEquals(List.of(close, passing), ids(stemmed.body()), "'estimating' finds 'estimates'");
        Api.Reply byContext = api.get(group.path("/knowledge?q=hire"), group.token("Max"));
        assertEquals(List.of(passing), ids(byContext.body()));
        Api.Reply nothing = api.get(group.path("/knowledge?q=kubernetes"), group.token("Max"));
        assertEquals(0, nothing.body().size());
    }

    @Test
    void without_a_query_the_newest_come_first() {
        PeerCircle group = PeerCircle.create(api, "Kim");
        String first = add(group, "Kim", entry("First context " + "word ".repeat(60), "a", "b"));
        String second = add(group, "Kim", entry("Second context", "a", "b"));
        Api.Reply all = api.get(group.path("/knowledge"), group.token("Kim"));
        assertEquals(List.of(second, first), ids(all.body()));
        assertEquals(0.0, all.body().get(0).path("rank").asDouble());
        assertEquals("Second context", all.body().get(0).path("snippet").asText());
        String start = all.body().get(1).path("snippet").asText();
        assertTrue(start.startsWith("First context word") && start.endsWith("…") && start.length() <= 160,
                () -> "a long context is cut short: " + start);
        Api.Reply blank = api.get(group.path("/knowledge?q=%20%20"), group.token("Kim"));
        assertEquals(List.of(second, first), ids(blank.body()), "a blank query is no query");
    }

    @Test
    void tags_are_kept_lower_cased_found_by_search_and_narrow_a_listing() {
        PeerCircle group = PeerCircle.create(api, "Kim");
        ObjectNode tagged = entry("Standups ran long", "A timer on the wall", "Fifteen minutes again");
        tagged.putArray("tags").add("Meetings").add("Facilitation").add("meetings");
        String id = add(group, "Kim", tagged);
        String other = add(group, "Kim", entry("Deploys broke on Fridays", "No deploys after Thursday noon", "Calmer weekends"));

        JsonNode kept = api.get(group.path("/knowledge"), group.token("Kim")).body().get(1);
        assertEquals(id, kept.path("id").asText());
        assertEquals(List.of("meetings", "facilitation"), texts(kept.path("tags")));
        assertEquals(List.of(), texts(api.get(group.path("/knowledge"), group.token("Kim")).body().get(0).path("tags")));

        assertEquals(List.of(id), ids(api.get(group.path("/knowledge?q=facilitation"), group.token("Kim")).body()),
                "a word found only in the tags finds the entry");
        assertEquals(List.of(id), ids(api.get(group.path("/knowledge?tag=Meetings"), group.token("Kim")).body()));
        assertEquals(List.of(), ids(api.get(group.path("/knowledge?q=deploys&tag=meetings"), group.token("Kim")).body()));
        assertEquals(List.of(other), ids(api.get(group.path("/knowledge?q=deploys"), group.token("Kim")).body()));
    }

    @Test
    void only_the_keeper_circulates_an_entry_beyond_the_circle() {
        PeerCircle group = PeerCircle.create(api, "Kim", "Max");
        String id = add(group, "Max", entry("Context", "Approach", "Outcome"));
        String visibility = group.path("/knowledge/" + id + "/visibility");

        Api.Reply byMember = put(visibility, "{\"visibility\":\"circulated\"}", group.token("Max"));
        assertEquals(403, byMember.status());
        assertEquals("forbidden", byMember.errorCode());
        assertEquals("circle", only(api.get(group.path("/knowledge"), group.token("Kim"))).path("visibility").asText());

        Api.Reply byKeeper = put(visibility, "{\"visibility\":\"circulated\"}", group.token("Kim"));
        assertEquals(200, byKeeper.status(), () -> byKeeper.body().toString());
        assertEquals("circulated", byKeeper.body().path("visibility").asText());
        assertEquals("circulated", only(api.get(group.path("/knowledge"), group.token("Max"))).path("visibility").asText());

        Api.Reply back = put(visibility, "{\"visibility\":\"circle\"}", group.token("Kim"));
        assertEquals(200, back.status());
        assertEquals("circle", only(api.get(group.path("/knowledge"), group.token("Max"))).path("visibility").asText());

        Api.Reply unknown = put(visibility, "{\"visibility\":\"public\"}", group.token("Kim"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.errorMessage().contains("\"visibility\""), unknown::errorMessage);

        PeerCircle other = PeerCircle.create(api, "Ola");
        Api.Reply elsewhere = put(other.path("/knowledge/" + id + "/visibility"), "{\"visibility\":\"circulated\"}",
                other.token("Ola"));
        assertEquals(404, elsewhere.status(), "another group's entry is not there for its keeper");
        assertEquals("not-found", elsewhere.errorCode());
        assertEquals("circle", only(api.get(group.path("/knowledge"), group.token("Max"))).path("visibility").asText());
    }

    @Test
    void a_token_of_another_group_gets_403_on_every_knowledge_endpoint() {
        PeerCircle group = PeerCircle.create(api, "Kim");
        String id = add(group, "Kim", entry("Context", "Approach", "Outcome"));
        PeerCircle other = PeerCircle.create(api, "Ola");
        String stranger = other.token("Ola");

        List<Api.Reply> replies = List.of(
                api.get(group.path(""), stranger),
                api.post(group.path("/knowledge"), entry("Mine", "now", "?").toString(), stranger),
                api.get(group.path("/knowledge"), stranger),
                api.get(group.path("/knowledge?q=context"), stranger),
                put(group.path("/knowledge/" + id + "/visibility"), "{\"visibility\":\"circulated\"}", stranger));
        replies.forEach(reply -> {
            assertEquals(403, reply.status(), () -> reply.raw().request().uri() + " " + reply.body());
            assertEquals("forbidden", reply.errorCode());
        });
        assertEquals(401, api.get(group.path("/knowledge"), null).status(), "no token, no knowledge");

        JsonNode session = group.startSession("Forum", "forum", "Kim");
        String sessionId = session.path("sessionId").asText();
        JsonNode otherSession = other.startSession("Theirs", "forum", "Ola");
        String otherSessionToken = otherSession.path("facilitator").path("token").asText();
        for (Api.Reply reply : List.of(
                api.post("/api/sessions/" + sessionId + "/knowledge", entry("a", "b", "c").toString(), otherSessionToken),
                api.get("/api/sessions/" + sessionId + "/related", otherSessionToken),
                api.get("/api/sessions/" + sessionId + "/related", group.token("Kim")))) {
            assertEquals(403, reply.status(), () -> "a session's group endpoints take its own session tokens: " + reply.body());
        }
        assertEquals(1, api.get(group.path("/knowledge"), group.token("Kim")).body().size(), "nothing was added");
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_stored() {
        PeerCircle group = PeerCircle.create(api, "Kim");
        String token = group.token("Kim");
        String path = group.path("/knowledge");

        assertRefused(api.post(path, "{\"approach\":\"a\",\"outcome\":\"b\"}", token), "context");
        assertRefused(api.post(path, entry("c", " ", "o").toString(), token), "approach");
        assertRefused(api.post(path, entry("c", "a", "o".repeat(2001)).toString(), token), "outcome");
        assertRefused(api.post(path, entry("c", "a", "o").put("context", 7).toString(), token), "context");
        ObjectNode notAList = entry("c", "a", "o");
        notAList.put("tags", "planning");
        assertRefused(api.post(path, notAList.toString(), token), "tags");
        ObjectNode eleven = entry("c", "a", "o");
        var elevenTags = eleven.putArray("tags");
        for (int i = 0; i < 11; i++) {
            elevenTags.add("tag" + i);
        }
        assertRefused(api.post(path, eleven.toString(), token), "tags");
        ObjectNode longTag = entry("c", "a", "o");
        longTag.putArray("tags").add("t".repeat(41));
        assertRefused(api.post(path, longTag.toString(), token), "tags");
        assertRefused(api.post(path, entry("c", "a", "o").put("title", "x").toString(), token), "title");
        assertRefused(api.post(path, "not json", token), "JSON");
        assertRefused(api.get(path + "?q=" + "w".repeat(201), token), "q");

        assertEquals(0, api.get(path, token).body().size(), "nothing was stored");
    }

    @Test
    void someone_in_a_group_session_documents_an_approach_with_the_session_as_its_source() {
        PeerCircle group = PeerCircle.create(api, "Kim", "Max");
        JsonNode session = group.startSession("Practice pod", "practice-pod", "Kim");
        String sessionId = session.path("sessionId").asText();
        String maxInSession = group.joinSession(session, "Max");

        Api.Reply added = api.post("/api/sessions/" + sessionId + "/knowledge",
                entry("Flaky tests blocked merges", "Quarantined them in a separate job", "Merges flowed; the quarantine grew")
                        .toString(), maxInSession);
        assertEquals(201, added.status(), () -> added.body().toString());
        JsonNode kept = only(api.get(group.path("/knowledge"), group.token("Kim")));
        assertEquals(added.body().path("id").asText(), kept.path("id").asText());
        assertEquals(sessionId, kept.path("sessionId").asText());
        assertEquals("Max", kept.path("authorName").asText());
        assertEquals(group.idOf("Max"), kept.path("authorId").asText());

        assertRefused(api.post("/api/sessions/" + sessionId + "/knowledge", entry("c", "a", "").toString(), maxInSession),
                "outcome");

        JsonNode adHoc = api.createSession("Ad hoc", "forum", "Ada");
        Api.Reply noGroup = api.post("/api/sessions/" + adHoc.path("sessionId").asText() + "/knowledge",
                entry("c", "a", "o").toString(), adHoc.path("facilitator").path("token").asText());
        assertEquals(403, noGroup.status());
        assertTrue(noGroup.errorMessage().contains("belongs to no group"), noGroup::errorMessage);
        assertEquals(1, api.get(group.path("/knowledge"), group.token("Kim")).body().size());
    }

    @Test
    void an_entry_documented_in_a_session_that_keeps_no_names_keeps_no_author() {
        PeerCircle group = PeerCircle.keeping(api, "anonymous-board", "Kim", "Max");
        JsonNode session = group.startSession("Practice pod", "practice-pod", "Kim");
        Api.Reply added = api.post("/api/sessions/" + session.path("sessionId").asText() + "/knowledge",
                entry("Context", "Approach", "Outcome").toString(), group.joinSession(session, "Max"));
        assertEquals(201, added.status(), () -> added.body().toString());
        add(group, "Max", entry("Written between sessions", "Approach", "Outcome"));

        JsonNode entries = api.get(group.path("/knowledge"), group.token("Kim")).body();
        JsonNode fromSession = entries.get(1);
        assertEquals(added.body().path("id").asText(), fromSession.path("id").asText());
        assertTrue(fromSession.path("authorId").isNull() && fromSession.path("authorName").isNull(), fromSession::toString);
        assertEquals("Max", entries.get(0).path("authorName").asText(), "a member's own entry is theirs");
    }

    @Test
    void related_entries_and_earlier_sessions_appear_once_the_presenter_frames_an_issue() {
        PeerCircle group = PeerCircle.create(api, "Kim", "Max");
        String related = add(group, "Kim", entry("Our estimates slipped every sprint",
                "Planning poker with the whole team", "Estimates got closer; the sessions got long"));
        add(group, "Kim", entry("Onboarding was slow", "A buddy for each newcomer", "Faster first commits"));
        String circulated = add(group, "Kim", entry("Sprint reviews nobody attended",
                "Demo the work in the team channel", "More feedback, fewer meetings"));
        assertEquals(200, put(group.path("/knowledge/" + circulated + "/visibility"), "{\"visibility\":\"circulated\"}",
                group.token("Kim")).status());

        JsonNode first = group.startSession("March forum", "forum", "Kim");
        frameIssue(first, group, "Max", "Estimates slip in every sprint and the team stops trusting the plan");
        JsonNode unrelated = group.startSession("April forum", "forum", "Kim");
        frameIssue(unrelated, group, "Max", "Our staging server is down every other day");

        JsonNode now = group.startSession("May forum", "forum", "Max");
        String sessionId = now.path("sessionId").asText();
        String maxToken = now.path("facilitator").path("token").asText();
        Api.Reply before = api.get("/api/sessions/" + sessionId + "/related", maxToken);
        assertEquals(200, before.status(), () -> before.body().toString());
        assertEquals(0, before.body().path("entries").size(), "no issue yet, nothing related");
        assertEquals(0, before.body().path("sessions").size());

        frameIssue(now, group, "Kim", "Why do our sprint estimates slip?");
        Api.Reply after = api.get("/api/sessions/" + sessionId + "/related", maxToken);
        assertEquals(200, after.status(), () -> after.body().toString());
        JsonNode entries = after.body().path("entries");
        assertTrue(entries.size() >= 1 && entries.size() <= 3, entries::toString);
        assertEquals(related, entries.get(0).path("id").asText(), () -> "the closest entry first: " + entries);
        assertTrue(entries.get(0).path("snippet").asText().contains("«"), () -> entries.get(0).toString());

        JsonNode sessions = after.body().path("sessions");
        assertEquals(1, sessions.size(), () -> "only the earlier session with a similar issue: " + sessions);
        JsonNode earlier = sessions.get(0);
        assertEquals(first.path("sessionId").asText(), earlier.path("sessionId").asText());
        assertEquals("March forum", earlier.path("title").asText());
        assertEquals("Estimates slip in every sprint and the team stops trusting the plan", earlier.path("issue").asText());
        assertTrue(earlier.path("snippet").asText().contains("«Estimates»"), earlier::toString);
        assertTrue(earlier.path("createdAt").asLong() > 0);

        Api.Reply fromTheFirst = api.get("/api/sessions/" + first.path("sessionId").asText() + "/related",
                first.path("facilitator").path("token").asText());
        assertEquals(0, fromTheFirst.body().path("sessions").size(), "later sessions are not earlier ones");

        Api.Reply guest = api.get("/api/sessions/" + sessionId + "/related", api.join(now, "Gus").path("token").asText());
        assertEquals(200, guest.status());
        assertEquals(List.of(circulated), ids(guest.body().path("entries")),
                "a guest of the session sees circulated entries only");
        assertEquals(0, guest.body().path("sessions").size(), "and no earlier sessions of the circle");
    }

    /** The facilitator makes {@code presenter} present in the issue phase; they post the issue; it is durable. */
    private void frameIssue(JsonNode session, PeerCircle group, String presenter, String issue) {
        String sessionId = session.path("sessionId").asText();
        String token = group.joinSession(session, presenter);
        try (RoomClient facilitator = RoomClient.join(running.vertx(), running.server().port(), sessionId,
                session.path("facilitator").path("token").asText());
             RoomClient speaker = RoomClient.join(running.vertx(), running.server().port(), sessionId, token)) {
            ok(facilitator.command("presenter.set", RoomClient.args().put("participantId", group.idOf(presenter))));
            ok(facilitator.command("phase.goto", RoomClient.args().put("phaseId", "issue")));
            JsonNode posted = ok(speaker.command("card.add", RoomClient.args().put("kind", "issue").put("text", issue)));
            speaker.awaitDurable(posted.path("seq").asLong());
        }
    }

    private static JsonNode ok(JsonNode reply) {
        assertEquals("ack", reply.path("type").asText(), reply::toString);
        return reply;
    }

    private String add(PeerCircle group, String name, ObjectNode entry) {
        Api.Reply added = api.post(group.path("/knowledge"), entry.toString(), group.token(name));
        assertEquals(201, added.status(), () -> added.body().toString());
        return added.body().path("id").asText();
    }

    private static ObjectNode entry(String context, String approach, String outcome) {
        return Json.MAPPER.createObjectNode().put("context", context).put("approach", approach).put("outcome", outcome);
    }

    private Api.Reply put(String path, String body, String token) {
        return api.put(path, body, token);
    }


    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
