package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import roundtable.TestServer;
import roundtable.config.Config;

/**
 * Guessing protection that cannot lock a group out (api.md 1, "Errors", and docs/security.md):
 * misses are counted per address and kind of secret, and a request with a valid secret is never
 * refused because of misses made with others. Behind a proxy named in TRUSTED_PROXIES, the address
 * is the client's from X-Forwarded-For; from anyone else that header is ignored.
 */
class RateLimitsPerSecretIT {

    /** The production limits: 20 misses a minute, then 60 s. */
    private static final Config.RateLimits PRODUCTION = new Config.RateLimits(100_000, 100_000, 20,
            Duration.ofSeconds(60), 10_000);

    @Test
    void misses_on_a_dead_recap_link_never_stop_a_participant_at_the_same_address() throws Exception {
        try (TestServer server = TestServer.start(config -> config.withRateLimits(PRODUCTION))) {
            Vertx vertx = Vertx.vertx();
            try {
                Api api = new Api(server.baseUrl());
                int limited = 0;
                for (int i = 0; i < 25; i++) {
                    Api.Reply reply = api.get("/api/recaps/revoked-link", null);
                    if (reply.status() == 429) {
                        limited++;
                        assertEquals("rate-limited", reply.errorCode());
                        assertTrue(reply.errorMessage().contains("recap links"), reply::errorMessage);
                    } else {
                        assertEquals(404, reply.status());
                    }
                }
                assertEquals(5, limited, "the 21st to 25th misses are refused");

                // A participant at the same address joins, connects, reconnects and works as usual.
                JsonNode session = api.createSession("Forum", "forum", "Ada");
                JsonNode joined = api.join(session, "Grace");
                String sessionId = session.path("sessionId").asText();
                try (RoomClient grace = RoomClient.join(vertx, server.port(), sessionId, joined.path("token").asText())) {
                    assertEquals("ack", grace.command("card.add", LiveSession.note("Here")).path("type").asText());
                }
                try (RoomClient again = RoomClient.join(vertx, server.port(), sessionId, joined.path("token").asText())) {
                    assertEquals("ack", again.command("card.add", LiveSession.note("Back")).path("type").asText());
                }
                assertEquals(200, api.recap(sessionId, joined.path("token").asText()).status());
                // Misses of the same kind are still refused.
                assertEquals(429, api.get("/api/recaps/another-dead-link", null).status());
                // Even guessing session tokens past the limit never refuses the valid one.
                for (int i = 0; i < 22; i++) {
                    api.recap(sessionId, "not-a-token-" + i);
                }
                assertEquals(429, api.recap(sessionId, "not-a-token-again").status());
                assertEquals(200, api.recap(sessionId, joined.path("token").asText()).status());
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().get();
            }
        }
    }

    @Test
    void behind_a_trusted_proxy_each_client_address_has_its_own_count() throws Exception {
        try (TestServer server = TestServer.start(config -> config.withRateLimits(PRODUCTION)
                .withEdge(new Config.Edge(java.util.Optional.empty(), List.of("127.0.0.1"))))) {
            for (int i = 0; i < 21; i++) {
                get(server, "/api/recaps/dead", "203.0.113.7");
            }
            assertEquals(429, get(server, "/api/recaps/dead", "203.0.113.7"), "the guessing client is refused");
            assertEquals(404, get(server, "/api/recaps/dead", "198.51.100.2"), "a colleague behind the same proxy is not");
            assertEquals(429, get(server, "/api/recaps/dead", "198.51.100.9, 203.0.113.7"),
                    "the client is the address the proxy wrote: one it claims for itself before it changes nothing");
        }
    }

    @Test
    void without_a_trusted_proxy_the_forwarded_header_is_ignored() throws Exception {
        try (TestServer server = TestServer.start(config -> config.withRateLimits(PRODUCTION))) {
            for (int i = 0; i < 21; i++) {
                get(server, "/api/recaps/dead", "203.0.113." + i);
            }
            assertEquals(429, get(server, "/api/recaps/dead", "198.51.100.2"), "every header came from one peer");
        }
    }

    private static int get(TestServer server, String path, String forwardedFor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("X-Forwarded-For", forwardedFor).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
