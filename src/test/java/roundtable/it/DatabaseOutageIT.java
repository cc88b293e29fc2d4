package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import roundtable.TestServer;

/**
 * PostgreSQL hangs (SIGSTOP) while a room is live: the room stays fast (every command acknowledged
 * within a second), events wait in the bounded buffer, and once the database is back (SIGCONT) they
 * are all stored, each once. A 5-second pause here; {@link DatabaseOutageSoakIT} pauses for 20.
 */
class DatabaseOutageIT extends OneServerPerClass {

    /** What one run showed. */
    record Figures(int commands, long maxAckMs, long p99AckMs, long drainMs, int stored, int lost, int doubled) {
        @Override
        public String toString() {
            return String.format("%d commands, ack latency max %d ms (p99 %d ms), all durable %d ms after SIGCONT, "
                    + "%d cards stored, %d lost, %d doubled", commands, maxAckMs, p99AckMs, drainMs, stored, lost, doubled);
        }
    }

    @Test
    void a_hung_database_does_not_slow_the_room_and_loses_nothing() throws Exception {
        Figures figures = streamThroughPause(running.vertx(), running.server(), running.api(), Duration.ofSeconds(5));
        System.out.println("DatabaseOutageIT (5 s SIGSTOP): " + figures);
    }

    /** A client sends a card every ~200 ms before, during and after the pause; checks and returns the figures. */
    static Figures streamThroughPause(Vertx vertx, TestServer server, Api api, Duration pause) throws Exception {
        try (LiveSession room = LiveSession.start(vertx, server, api)) {
            RoomClient ada = room.facilitator;
            List<String> sent = new ArrayList<>();
            List<Long> latencies = new ArrayList<>();
            long lastSeq = 0;
            long resumedAt;
            ada.awaitDurable(LiveSession.seqSoFar(ada)); // nothing left to commit before the pause
            long durableBefore = maxDurable(ada);
            long durableDuring;
            try (PausedDatabase paused = PausedDatabase.pause(server.postgresDirectory())) {
                long until = System.nanoTime() + pause.toNanos();
                int i = 0;
                while (System.nanoTime() < until) {
                    String text = "card " + i++ + " while the database is paused";
                    long started = System.nanoTime();
                    JsonNode ack = ada.command("card.add", LiveSession.note(text));
                    long tookMs = (System.nanoTime() - started) / 1_000_000;
                    assertEquals("ack", ack.path("type").asText(), ack::toString);
                    assertTrue(tookMs < 1_000, "acknowledged within a second, took " + tookMs + " ms");
                    sent.add(text);
                    latencies.add(tookMs);
                    lastSeq = ack.path("seq").asLong();
                    Thread.sleep(Math.max(0, 200 - tookMs));
                }
                durableDuring = maxDurable(ada);
                resumedAt = System.nanoTime();
            }
            assertEquals(durableBefore, durableDuring, "nothing was committed while the database was paused");
            // After the pause: a few more, then every one of them must become durable.
            for (int i = 0; i < 5; i++) {
                String text = "card " + i + " after the pause";
                long started = System.nanoTime();
                JsonNode ack = ada.command("card.add", LiveSession.note(text));
                latencies.add((System.nanoTime() - started) / 1_000_000);
                assertEquals("ack", ack.path("type").asText(), ack::toString);
                sent.add(text);
                lastSeq = ack.path("seq").asLong();
            }
            ada.awaitDurable(lastSeq);
            long drainMs = (System.nanoTime() - resumedAt) / 1_000_000;

            JsonNode recap = api.recap(room.id(), room.facilitatorToken()).body(); // read back from the stored log
            Map<String, Integer> stored = new HashMap<>();
            recap.path("cards").forEach(card -> stored.merge(card.path("text").asText(), 1, Integer::sum));
            int lost = (int) sent.stream().filter(text -> !stored.containsKey(text)).count();
            int doubled = (int) stored.values().stream().filter(count -> count > 1).count();
            assertEquals(0, lost, "no card lost");
            assertEquals(0, doubled, "no card stored twice");
            List<Long> sorted = latencies.stream().sorted().toList();
            return new Figures(sent.size(), sorted.get(sorted.size() - 1),
                    sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), drainMs,
                    (int) sent.stream().filter(stored::containsKey).count(), lost, doubled);
        }
    }

    private static long maxDurable(RoomClient client) {
        return client.frames().stream().filter(f -> "durable".equals(f.path("type").asText()))
                .mapToLong(f -> f.path("seq").asLong()).max().orElse(0);
    }

    @Test
    void when_the_write_buffer_is_full_commands_are_refused_with_unavailable_and_accepted_again_later() throws Exception {
        try (TestServer server = TestServer.start(TestServer.RELIABILITY.withWriteBufferEvents(20));
             LiveSession room = LiveSession.start(running.vertx(), server, new Api(server.baseUrl()))) {
            RoomClient ada = room.facilitator;
            ada.awaitDurable(LiveSession.seqSoFar(ada));
            int accepted = 0;
            JsonNode refused = null;
            long lastSeq = 0;
            try (PausedDatabase paused = PausedDatabase.pause(server.postgresDirectory())) {
                for (int i = 0; i < 100 && refused == null; i++) {
                    JsonNode reply = ada.command("card.add", LiveSession.note("buffered " + i));
                    if ("ack".equals(reply.path("type").asText())) {
                        accepted++;
                        lastSeq = reply.path("seq").asLong();
                    } else {
                        refused = reply;
                    }
                }
            }
            assertTrue(refused != null, "refused once the buffer was full");
            assertEquals("unavailable", refused.path("code").asText(), refused::toString);
            assertTrue(refused.path("message").asText().contains("cannot save changes right now"), refused::toString);
            assertEquals(20, accepted, "accepted exactly as many as the buffer holds");
            System.out.printf("DatabaseOutageIT (buffer of 20 events): %d accepted, then: %s%n", accepted, refused);

            ada.awaitDurable(lastSeq);
            JsonNode again = ada.command("card.add", LiveSession.note("after the outage"));
            assertEquals("ack", again.path("type").asText(), () -> "room for commands again: " + again);
            ada.awaitDurable(again.path("seq").asLong());
            long cards = 0;
            for (JsonNode card : new Api(server.baseUrl()).recap(room.id(), room.facilitatorToken()).body().path("cards")) {
                if (card.path("text").asText().startsWith("buffered ")) {
                    cards++;
                }
            }
            assertEquals(accepted, cards, "every accepted card stored, the refused one not");
        }
    }
}
