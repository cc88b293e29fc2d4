package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.it.Api.assertRefused;
import static roundtable.it.Api.only;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import roundtable.wire.Json;

/** The group's backlog of topics over real HTTP: proposing, upvoting, ordering, and the keeper's statuses. */
class TopicsIT extends OneServerPerClass {

    @Test
    void a_member_proposes_a_topic_and_everyone_sees_it() {
        PeerCircle group = PeerCircle.create(api, "Kim", "Max");
        Api.Reply proposed = api.post(group.path("/topics"),
                topic("How our  deploy pipeline\nworks").put("details", "Nobody dares touch it").toString(), group.token("Max"));
        assertEquals(201, proposed.status(), () -> proposed.body().toString());

        JsonNode topic = only(api.get(group.path("/topics"), group.token("Kim")));
        assertEquals(proposed.body().path("id").asText(), topic.path("id").asText());
        assertEquals("How our deploy pipeline works", topic.path("title").asText());
        assertEquals("Nobody dares touch it", topic.path("details").asText());
        assertEquals("open", topic.path("status").asText());
        assertEquals("Max", topic.path("proposerName").asText());
        assertEquals(group.idOf("Max"), topic.path("proposerId").asText());
        assertEquals(0, topic.path("votes").asInt());
        assertFalse(topic.path("votedByMe").asBoolean());
        assertTrue(topic.path("createdAt").asLong() > 0);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_stored() {
        PeerCircle group = PeerCircle.create(api, "Kim");
        String token = group.token("Kim");
        assertRefused(api.post(group.path("/topics"), "{}", token), "title");
        assertRefused(api.post(group.path("/topics"), topic("t".repeat(121)).toString(), token), "title");
        assertRefused(api.post(group.path("/topics"), topic("On-call").put("details", "d".repeat(2001)).toString(), token),
                "details");
        assertRefused(api.post(group.path("/topics"), topic("On-call").put("votes", 3).toString(), token), "votes");
        assertEquals(0, api.get(group.path("/topics"), token).body().size(), "nothing was stored");
    }

    @Test
    void a_vote_toggles_and_counts_once_per_member() {
        PeerCircle group = PeerCircle.create(api, "Kim", "Max");
        String id = propose(group, "Kim", "Incident reviews");
        String votes = group.path("/topics/" + id + "/votes");

        Api.Reply first = api.post(votes, "", group.token("Max"));
        assertEquals(200, first.status(), () -> first.body().toString());
        assertEquals(1, first.body().path("votes").asInt());
        assertTrue(first.body().path("votedByMe").asBoolean());

        Api.Reply again = api.post(votes, "", group.token("Max"));
        assertEquals(0, again.body().path("votes").asInt(), "a second click takes the vote back");
        assertFalse(again.body().path("votedByMe").asBoolean());

        api.post(votes, "", group.token("Max"));
        Api.Reply kims = api.post(votes, "", group.token("Kim"));
        assertEquals(2, kims.body().path("votes").asInt());

        JsonNode asMax = only(api.get(group.path("/topics"), group.token("Max")));
        assertEquals(2, asMax.path("votes").asInt());
        assertTrue(asMax.path("votedByMe").asBoolean());

        Api.Reply unknown = api.post(group.path("/topics/nope/votes"), "", group.token("Max"));
        assertEquals(404, unknown.status());
        assertEquals("not-found", unknown.errorCode());
    }

    @Test
    void open_topics_come_first_and_the_most_wanted_first_among_them() {
        PeerCircle group = PeerCircle.create(api, "Kim", "Max", "Noa");
        String quiet = propose(group, "Kim", "Quiet topic");
        String popular = propose(group, "Max", "Popular topic");
        String liked = propose(group, "Noa", "Liked topic");
        vote(group, popular, "Kim", "Max", "Noa");
        vote(group, liked, "Kim");

        assertEquals(List.of(popular, liked, quiet), KnowledgeIT.ids(api.get(group.path("/topics"), group.token("Noa")).body()));

        setStatus(group, popular, "picked", "Kim");
        setStatus(group, liked, "done", "Kim");
        assertEquals(List.of(quiet, popular, liked), KnowledgeIT.ids(api.get(group.path("/topics"), group.token("Noa")).body()),
                "open, then picked, then done");

        Api.Reply closed = api.post(group.path("/topics/" + popular + "/votes"), "", group.token("Noa"));
        assertEquals(409, closed.status(), "only open topics take votes");
        assertEquals("invalid-state", closed.errorCode());
    }

    @Test
    void only_the_keeper_sets_a_status() {
        PeerCircle group = PeerCircle.create(api, "Kim", "Max");
        String id = propose(group, "Max", "Observability");

        Api.Reply byMember = putStatus(group, id, "picked", "Max");
        assertEquals(403, byMember.status());
        assertEquals("open", only(api.get(group.path("/topics"), group.token("Kim"))).path("status").asText());

        Api.Reply byKeeper = putStatus(group, id, "picked", "Kim");
        assertEquals(200, byKeeper.status(), () -> byKeeper.body().toString());
        assertEquals("picked", byKeeper.body().path("status").asText());
        assertEquals("picked", only(api.get(group.path("/topics"), group.token("Max"))).path("status").asText());

        assertRefused(putStatus(group, id, "someday", "Kim"), "status");
        assertRefused(api.put(group.path("/topics/" + id + "/status"), "{}", group.token("Kim")), "status");
        Api.Reply unknown = putStatus(group, "nope", "done", "Kim");
        assertEquals(404, unknown.status());

        PeerCircle other = PeerCircle.create(api, "Ola");
        String theirs = propose(other, "Ola", "Their topic");
        Api.Reply elsewhere = putStatus(group, theirs, "done", "Kim");
        assertEquals(404, elsewhere.status(), "another group's topic is not this keeper's");
    }

    @Test
    void a_token_of_another_group_gets_403_on_every_topic_endpoint() {
        PeerCircle group = PeerCircle.create(api, "Kim");
        String id = propose(group, "Kim", "Ours");
        String stranger = PeerCircle.create(api, "Ola").token("Ola");
        List<Api.Reply> replies = List.of(
                api.post(group.path("/topics"), topic("Theirs").toString(), stranger),
                api.get(group.path("/topics"), stranger),
                api.post(group.path("/topics/" + id + "/votes"), "", stranger),
                api.put(group.path("/topics/" + id + "/status"), "{\"status\":\"done\"}", stranger));
        replies.forEach(reply -> {
            assertEquals(403, reply.status(), () -> reply.raw().request().uri() + " " + reply.body());
            assertEquals("forbidden", reply.errorCode());
        });
        JsonNode topic = only(api.get(group.path("/topics"), group.token("Kim")));
        assertEquals(0, topic.path("votes").asInt());
        assertEquals("open", topic.path("status").asText());
    }

    @Test
    void the_people_of_a_group_session_read_the_backlog_with_their_session_token() {
        PeerCircle group = PeerCircle.create(api, "Kim", "Max");
        String id = propose(group, "Kim", "Caching strategy");
        vote(group, id, "Max");
        JsonNode session = group.startSession("Gap intake", "gap-intake", "Kim");
        String sessionId = session.path("sessionId").asText();
        String maxInSession = group.joinSession(session, "Max");

        Api.Reply backlog = api.get("/api/sessions/" + sessionId + "/topics", maxInSession);
        assertEquals(200, backlog.status(), () -> backlog.body().toString());
        JsonNode topic = backlog.body().get(0);
        assertEquals(id, topic.path("id").asText());
        assertEquals(1, topic.path("votes").asInt());
        assertTrue(topic.path("votedByMe").asBoolean(), "in a group session they are who they are in the group");
        assertFalse(api.get("/api/sessions/" + sessionId + "/topics", session.path("facilitator").path("token").asText())
                .body().get(0).path("votedByMe").asBoolean());

        assertEquals(403, api.get("/api/sessions/" + sessionId + "/topics", group.token("Max")).status(),
                "a member token is not a session token");
        JsonNode adHoc = api.createSession("Ad hoc", "gap-intake", "Ada");
        Api.Reply noGroup = api.get("/api/sessions/" + adHoc.path("sessionId").asText() + "/topics",
                adHoc.path("facilitator").path("token").asText());
        assertEquals(403, noGroup.status());
        assertTrue(noGroup.errorMessage().contains("belongs to no group"), noGroup::errorMessage);
    }

    private String propose(PeerCircle group, String name, String title) {
        Api.Reply proposed = api.post(group.path("/topics"), topic(title).toString(), group.token(name));
        assertEquals(201, proposed.status(), () -> proposed.body().toString());
        return proposed.body().path("id").asText();
    }

    private void vote(PeerCircle group, String topicId, String... names) {
        for (String name : names) {
            Api.Reply voted = api.post(group.path("/topics/" + topicId + "/votes"), "", group.token(name));
            assertEquals(200, voted.status(), () -> voted.body().toString());
        }
    }

    private void setStatus(PeerCircle group, String topicId, String status, String name) {
        Api.Reply set = putStatus(group, topicId, status, name);
        assertEquals(200, set.status(), () -> set.body().toString());
    }

    private Api.Reply putStatus(PeerCircle group, String topicId, String status, String name) {
        return api.put(group.path("/topics/" + topicId + "/status"), "{\"status\":\"" + status + "\"}", group.token(name));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode topic(String title) {
        return Json.MAPPER.createObjectNode().put("title", title);
    }
}
