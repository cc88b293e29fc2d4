package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import roundtable.TestServer;

/** A blip does not flicker: presence goes offline only after the grace period, and not at all if they are back. */
class PresenceGraceIT {

    @Test
    void a_blip_shorter_than_the_grace_period_changes_nothing_and_a_real_departure_shows_after_it() throws Exception {
        Duration grace = Duration.ofMillis(1_500);
        Vertx vertx = Vertx.vertx();
        try (TestServer server = TestServer.start(TestServer.RELIABILITY.withPresenceGrace(grace));
             LiveSession room = LiveSession.start(vertx, server, new Api(server.baseUrl()))) {
            JsonNode joined = new Api(server.baseUrl()).join(room.session, "Grace");
            String token = joined.path("token").asText();
            String graceId = joined.path("participantId").asText();
            RoomClient first = room.connect(token);
            long before = LiveSession.seqSoFar(room.facilitator);

            first.close();
            Thread.sleep(300);
            RoomClient back = room.connect(token);
            Thread.sleep(grace.toMillis() + 1_000);
            long presenceEvents = room.facilitator.events().stream()
                    .filter(f -> f.path("seq").asLong() > before)
                    .filter(f -> "presence.changed".equals(f.path("event").path("type").asText()))
                    .count();
            assertEquals(0, presenceEvents, "a 300 ms blip is not shown");
            assertEquals(before, LiveSession.seqSoFar(room.facilitator), "nothing happened at all");

            int mark = room.facilitator.mark();
            long left = System.nanoTime();
            back.close();
            JsonNode offline = room.facilitator.awaitAfter(mark, f -> "presence.changed".equals(f.path("event").path("type").asText())
                    && graceId.equals(f.path("event").path("participantId").asText()));
            long afterMs = (System.nanoTime() - left) / 1_000_000;
            assertTrue(!offline.path("event").path("online").asBoolean(true), offline::toString);
            assertTrue(afterMs >= grace.toMillis() - 50 && afterMs < grace.toMillis() + 1_500,
                    "offline after the grace period, took " + afterMs + " ms");
            System.out.printf("PresenceGraceIT: a 300 ms blip made no event; a departure showed after %d ms (grace %d ms)%n",
                    afterMs, grace.toMillis());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }
}
