package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import roundtable.TestServer;

/**
 * Clients that misbehave without a word: one that vanished (never answers a ping) is found within two
 * ping intervals; one that stops reading is cut off once it is too far behind, and the room does
 * not slow down for anyone else meanwhile.
 */
class SlowAndDeadPeersIT {

    private static Vertx vertx;

    @BeforeAll
    static void vertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }

    private static Predicate<JsonNode> wentOffline(String participantId) {
        return frame -> "presence.changed".equals(frame.path("event").path("type").asText())
                && participantId.equals(frame.path("event").path("participantId").asText())
                && !frame.path("event").path("online").asBoolean(true);
    }

    @Test
    void a_peer_that_never_answers_pings_is_closed_within_two_intervals_and_live_ones_stay() throws Exception {
        Duration interval = Duration.ofSeconds(1);
        try (TestServer server = TestServer.start(TestServer.RELIABILITY.withPingInterval(interval));
             LiveSession room = LiveSession.start(vertx, server, new Api(server.baseUrl()))) {
            JsonNode grace = new Api(server.baseUrl()).join(room.session, "Grace");
            try (RawSocket raw = RawSocket.open(server.port(), room.id(), 0)) {
                raw.hello(grace.path("token").asText());
                raw.awaitText(frame -> "durable".equals(frame.path("type").asText()));
                long silentFrom = System.nanoTime(); // from now on it reads nothing and answers nothing
                room.facilitator.await(wentOffline(grace.path("participantId").asText()));
                long detectedMs = (System.nanoTime() - silentFrom) / 1_000_000;
                System.out.printf("SlowAndDeadPeersIT: a silent peer was closed %d ms after it went quiet (ping every %d ms)%n",
                        detectedMs, interval.toMillis());
                assertTrue(detectedMs <= 2 * interval.toMillis() + 500, "found within two intervals, took " + detectedMs + " ms");
            }
            awaitCounted(server, "roundtable_sockets_closed_total{by=\"server\",code=\"1001\"}");
            Thread.sleep(3 * interval.toMillis());
            assertFalse(room.facilitator.isClosed(), "a client that answers pings stays connected");
            assertEquals("ack", room.facilitator.command("card.add", LiveSession.note("still here")).path("type").asText());
        }
    }

    @Test
    void a_client_that_stops_reading_is_closed_with_1013_without_slowing_the_room() throws Exception {
        try (TestServer server = TestServer.start(TestServer.RELIABILITY.withSocketBufferBytes(16 * 1024)
                .withPingInterval(Duration.ofSeconds(600)));
             LiveSession room = LiveSession.start(vertx, server, new Api(server.baseUrl()))) {
            JsonNode grace = new Api(server.baseUrl()).join(room.session, "Grace");
            String graceId = grace.path("participantId").asText();
            try (RawSocket raw = RawSocket.open(server.port(), room.id(), 4 * 1024)) {
                raw.hello(grace.path("token").asText());
                raw.awaitText(frame -> "durable".equals(frame.path("type").asText()));
                // Grace reads nothing more. Ada keeps adding long cards.
                String text = "x".repeat(1_900);
                long maxAckMs = 0;
                int sent = 0;
                Predicate<JsonNode> graceGone = wentOffline(graceId);
                while (room.facilitator.events().stream().noneMatch(graceGone)) {
                    assertTrue(sent < 20_000, "the slow client was never cut off");
                    long started = System.nanoTime();
                    JsonNode ack = room.facilitator.command("card.add", LiveSession.note(text));
                    maxAckMs = Math.max(maxAckMs, (System.nanoTime() - started) / 1_000_000);
                    assertEquals("ack", ack.path("type").asText(), ack::toString);
                    sent++;
                }
                System.out.printf("SlowAndDeadPeersIT: a client that stopped reading was cut off after %d cards "
                        + "(~%d KiB unread); Ada's slowest ack meanwhile: %d ms%n", sent, sent * 2, maxAckMs);
                assertTrue(maxAckMs < 1_000, "the room was not slowed: slowest ack " + maxAckMs + " ms");
                // What reached Grace ends with the close frame: 1013, too slow.
                RawSocket.Frame last = null;
                for (RawSocket.Frame frame = raw.read(); frame != null; frame = raw.read()) {
                    last = frame;
                    if (frame.isClose()) {
                        break;
                    }
                }
                assertTrue(last != null && last.isClose(), "a close frame at the end");
                assertEquals(1013, last.closeCode());
            }
            awaitCounted(server, "roundtable_sockets_closed_total{by=\"server\",code=\"1013\"}");
        }
    }

    /** The operator sees it too: the close is counted once in /metrics, by its code. */
    private static void awaitCounted(TestServer server, String series) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Scrape scrape = Scrape.of(new Api(server.baseUrl()), "/metrics");
        while (scrape.value(series) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            scrape = Scrape.of(new Api(server.baseUrl()), "/metrics");
        }
        assertEquals(1, scrape.value(series), series);
    }
}
