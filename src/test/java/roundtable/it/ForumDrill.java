package roundtable.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.util.List;

/**
 * A restart drill: a forum session on a server process, and a group of clients streaming cards into
 * it over their own Vert.x. Closing it closes the clients, then their Vert.x.
 */
record ForumDrill(Api api, JsonNode session, Vertx vertx, List<StreamingClient> clients) implements AutoCloseable {

    static ForumDrill on(ServerProcess server, String title) {
        Api api = new Api(server.baseUrl());
        JsonNode session = api.createSession(title, "forum", "Ada");
        Vertx vertx = Vertx.vertx();
        try {
            return new ForumDrill(api, session, vertx, StreamingClient.group(vertx, api, session, server.port()));
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    String sessionId() {
        return session.path("sessionId").asText();
    }

    String facilitatorToken() {
        return session.path("facilitator").path("token").asText();
    }

    @Override
    public void close() throws Exception {
        clients.forEach(StreamingClient::close);
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }
}
