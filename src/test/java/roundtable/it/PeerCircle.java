package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import roundtable.wire.Json;

/**
 * A peer group made over REST for the knowledge, topics and rotation tests: its keeper (the first
 * name) and members in rotation order, each with their member token, and the group's sessions,
 * started and joined with member tokens, with nobody connected until a test connects them.
 */
final class PeerCircle {

    final String id;
    private final Api api;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();

    private PeerCircle(Api api, String id) {
        this.api = api;
        this.id = id;
    }

    static PeerCircle create(Api api, String keeperName, String... memberNames) {
        return keeping(api, "everything", keeperName, memberNames);
    }

    /** A group that keeps its sessions under {@code recordingPolicy}. */
    static PeerCircle keeping(Api api, String recordingPolicy, String keeperName, String... memberNames) {
        Api.Reply created = api.post("/api/groups", Json.MAPPER.createObjectNode()
                .put("name", keeperName + "'s circle").put("keeperName", keeperName)
                .put("recordingPolicy", recordingPolicy).toString());
        assertEquals(201, created.status(), () -> "the group is created: " + created.body());
        PeerCircle group = new PeerCircle(api, created.body().path("groupId").asText());
        group.tokens.put(keeperName, created.body().path("member").path("token").asText());
        group.ids.put(keeperName, created.body().path("member").path("memberId").asText());
        String invite = created.body().path("inviteCode").asText();
        for (String name : memberNames) {
            Api.Reply joined = api.post("/api/groups/" + group.id + "/members", Json.MAPPER.createObjectNode()
                    .put("name", name).put("inviteCode", invite).put("acceptAgreement", true).toString());
            assertEquals(201, joined.status(), () -> name + " joins: " + joined.body());
            group.tokens.put(name, joined.body().path("token").asText());
            group.ids.put(name, joined.body().path("memberId").asText());
        }
        return group;
    }

    /** A path under this group's address, e.g. {@code path("/knowledge")}. */
    String path(String rest) {
        return "/api/groups/" + id + rest;
    }

    String token(String name) {
        return tokens.get(name);
    }

    String idOf(String name) {
        return ids.get(name);
    }

    /** Starts a group session of {@code protocol}, facilitated by {@code name}; the creation reply. */
    JsonNode startSession(String title, String protocol, String name) {
        Api.Reply created = api.post("/api/sessions", Json.MAPPER.createObjectNode()
                .put("title", title).put("protocol", protocol).put("groupId", id).toString(), token(name));
        assertEquals(201, created.status(), () -> name + " starts a session: " + created.body());
        return created.body();
    }

    /** Joins one of the group's sessions with {@code name}'s member token; their session token. */
    String joinSession(JsonNode session, String name) {
        Api.Reply joined = api.post("/api/sessions/" + session.path("sessionId").asText() + "/participants", "{}", token(name));
        assertEquals(201, joined.status(), () -> name + " joins the session: " + joined.body());
        return joined.body().path("token").asText();
    }
}
