package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import roundtable.TestServer;

/**
 * PostgreSQL hangs (SIGSTOP): {@code /ready} turns 503 within 15 seconds, saying why, and back to 200
 * after SIGCONT, while {@code /health} answers 200 throughout and the room goes on acknowledging
 * commands (they wait in the write buffer). Also: a full write buffer makes the node not ready.
 */
class ReadinessIT {

    private static final long LIMIT_MS = 15_000;

    @RegisterExtension
    static final RunningServer running = new RunningServer();

    @Test
    void a_hung_database_makes_the_node_not_ready_but_alive_and_the_room_keeps_acking() throws Exception {
        Api api = running.api();
        try (LiveSession session = running.liveSession()) {
            RoomClient ada = session.facilitator;
            assertEquals(200, api.get("/ready", null).status());
            long notReadyAfterMs;
            long readyAgainAfterMs;
            List<Long> ackMs = new ArrayList<>();
            String reason;
            try (PausedDatabase paused = PausedDatabase.pause(running.server().postgresDirectory())) {
                long paused0 = System.nanoTime();
                Api.Reply ready;
                int i = 0;
                do {
                    assertTrue(System.nanoTime() - paused0 < LIMIT_MS * 1_000_000, "/ready still 200 after 15 s");
                    ackMs.add(ackedIn(ada, "while paused " + i++));
                    assertEquals(200, api.get("/health", null).status(), "alive while the database hangs");
                    ready = api.get("/ready", null);
                } while (ready.status() == 200);
                notReadyAfterMs = (System.nanoTime() - paused0) / 1_000_000;
                assertEquals(503, ready.status());
                reason = ready.raw().body();
                assertTrue(reason.contains("PostgreSQL has not answered"), reason);
                assertEquals("DOWN", ready.body().path("status").asText());
                // A few more seconds of the outage: still alive, still acking, still not ready.
                for (int j = 0; j < 4; j++) {
                    ackMs.add(ackedIn(ada, "still paused " + j));
                    assertEquals(200, api.get("/health", null).status());
                    assertEquals(503, api.get("/ready", null).status());
                    Thread.sleep(250);
                }
            }
            long resumed = System.nanoTime();
            while (api.get("/ready", null).status() != 200) {
                assertTrue(System.nanoTime() - resumed < LIMIT_MS * 1_000_000, "/ready still 503 15 s after SIGCONT");
                Thread.sleep(100);
            }
            readyAgainAfterMs = (System.nanoTime() - resumed) / 1_000_000;
            ada.awaitDurable(LiveSession.seqSoFar(ada));
            long slowest = ackMs.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertTrue(slowest < 1_000, "every command acknowledged within a second: " + ackMs);
            System.out.println("ReadinessIT: /ready 503 " + notReadyAfterMs + " ms after SIGSTOP (" + reason
                    + "), 200 again " + readyAgainAfterMs + " ms after SIGCONT; " + ackMs.size()
                    + " commands acked meanwhile, slowest " + slowest + " ms; /health 200 throughout");
        }
    }

    @Test
    void a_write_buffer_more_than_80_percent_full_makes_the_node_not_ready() throws Exception {
        try (TestServer server = TestServer.start(config -> config.withReliability(
                TestServer.RELIABILITY.withWriteBufferEvents(50)));
             LiveSession session = LiveSession.start(running.vertx(), server, new Api(server.baseUrl()))) {
            Api api = new Api(server.baseUrl());
            RoomClient ada = session.facilitator;
            try (PausedDatabase paused = PausedDatabase.pause(server.postgresDirectory())) {
                for (int i = 0; i < 42; i++) {
                    ackedIn(ada, "filling the buffer " + i);
                }
                Api.Reply ready = api.get("/ready", null);
                assertEquals(503, ready.status());
                JsonNode buffer = null;
                for (JsonNode check : ready.body().path("checks")) {
                    if (check.path("id").asText().equals("write-buffer")) {
                        buffer = check;
                    }
                }
                assertEquals("DOWN", buffer.path("status").asText(), ready.raw().body());
                assertTrue(buffer.path("data").path("reason").asText().contains("of 50 events wait for PostgreSQL"),
                        ready.raw().body());
            }
            ada.awaitDurable(LiveSession.seqSoFar(ada));
            long deadline = System.nanoTime() + LIMIT_MS * 1_000_000;
            while (api.get("/ready", null).status() != 200) {
                assertTrue(System.nanoTime() < deadline, "ready again once the buffer is written");
                Thread.sleep(100);
            }
        }
    }

    private static long ackedIn(RoomClient client, String text) {
        long started = System.nanoTime();
        JsonNode ack = client.command("card.add", LiveSession.note(text));
        assertEquals("ack", ack.path("type").asText(), ack::toString);
        return (System.nanoTime() - started) / 1_000_000;
    }
}
