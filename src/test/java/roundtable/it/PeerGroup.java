package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import roundtable.wire.Json;

/**
 * A group made over the real API: the first name is its keeper, the others join accepting its
 * agreement. Tokens and member ids by name.
 */
final class PeerGroup {

    private final Api api;
    private final String id;
    private final String inviteCode;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();

    private PeerGroup(Api api, String id, String inviteCode) {
        this.api = api;
        this.id = id;
        this.inviteCode = inviteCode;
    }

    static PeerGroup create(Api api, String keeper, String... members) {
        Api.Reply created = api.post("/api/groups", Json.MAPPER.createObjectNode()
                .put("name", keeper + "'s group").put("keeperName", keeper)
                .put("agreement", "What is said here stays here.").toString());
        assertEquals(201, created.status(), () -> "the group is created: " + created.body());
        PeerGroup group = new PeerGroup(api, created.body().path("groupId").asText(), created.body().path("inviteCode").asText());
        group.tokens.put(keeper, created.body().path("member").path("token").asText());
        group.ids.put(keeper, created.body().path("member").path("memberId").asText());
        for (String name : members) {
            Api.Reply joined = api.post("/api/groups/" + group.id + "/members", Json.MAPPER.createObjectNode()
                    .put("name", name).put("inviteCode", group.inviteCode).put("acceptAgreement", true).toString());
            assertEquals(201, joined.status(), () -> name + " joins: " + joined.body());
            group.tokens.put(name, joined.body().path("token").asText());
            group.ids.put(name, joined.body().path("memberId").asText());
        }
        return group;
    }

    String id() {
        return id;
    }

    /** {@code /api/groups/{id}} followed by {@code suffix}. */
    String path(String suffix) {
        return "/api/groups/" + id + suffix;
    }

    String token(String name) {
        return tokens.get(name);
    }

    String idOf(String name) {
        return ids.get(name);
    }

    /** A group session that {@code facilitator} starts with their member token; the creation reply. */
    JsonNode startSession(String title, String protocol, String facilitator) {
        Api.Reply created = api.post("/api/sessions", Json.MAPPER.createObjectNode()
                .put("title", title).put("protocol", protocol).put("groupId", id).toString(), token(facilitator));
        assertEquals(201, created.status(), () -> "the group session is created: " + created.body());
        return created.body();
    }

    /** {@code name} joins a group session with their member token; their session token. */
    String joinSession(JsonNode session, String name) {
        Api.Reply joined = api.post("/api/sessions/" + session.path("sessionId").asText() + "/participants", "{}", token(name));
        assertEquals(201, joined.status(), () -> name + " joins the session: " + joined.body());
        return joined.body().path("token").asText();
    }

    static Api.Reply put(RunningServer running, String path, String body, String token) {
        return running.api().put(path, body, token);
    }
}
