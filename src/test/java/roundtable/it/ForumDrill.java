package roundtable.it;

import com.fasterxml.jackson.databind.JsonNode;

/** The forum session a restart drill streams into, on a server process, and the Api to reach it. */
record ForumDrill(Api api, JsonNode session) {

    static ForumDrill on(ServerProcess server, String title) {
        Api api = new Api(server.baseUrl());
        return new ForumDrill(api, api.createSession(title, "forum", "Ada"));
    }

    String sessionId() {
        return session.path("sessionId").asText();
    }

    String facilitatorToken() {
        return session.path("facilitator").path("token").asText();
    }
}
