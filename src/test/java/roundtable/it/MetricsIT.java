package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import roundtable.TestServer;
import roundtable.config.Config;

/**
 * {@code GET /metrics} on a real server after a short session over real sockets: Vert.x's own metrics
 * are there, and each of Roundtable's counts exactly what the session did (commands sent and counted,
 * refusals by code, acks made durable, a resume, a closed socket, guessed invite codes), with no
 * session, person or secret in any series.
 */
class MetricsIT {

    /** Three wrong invite codes a minute from one address, so the test can see one blocked. */
    @RegisterExtension
    static final RunningServer running = new RunningServer(new Config.RateLimits(100_000, 100_000, 3,
            Duration.ofSeconds(60), 10_000));

    @Test
    void a_scrape_after_a_short_session_counts_what_the_session_did() throws Exception {
        String sessionId;
        List<String> secrets;
        try (LiveSession session = running.liveSession()) {
            sessionId = session.id();
            RoomClient ada = session.facilitator;
            JsonNode grace = running.api().join(session.session, "Grace");
            String graceToken = grace.path("token").asText();
            secrets = List.of(session.facilitatorToken(), graceToken, grace.path("participantId").asText());
            RoomClient graceRoom = session.connect(graceToken);
            String epoch = LiveSession.welcome(graceRoom).path("epoch").asText();

            int accepted = 0;
            for (int i = 0; i < 5; i++) {
                assertEquals("ack", ada.command("card.add", LiveSession.note("Ada's note " + i), "ada-" + i).path("type").asText());
                accepted++;
            }
            for (int i = 0; i < 3; i++) {
                assertEquals("ack", graceRoom.command("card.add", LiveSession.note("Grace's note " + i)).path("type").asText());
                accepted++;
            }
            assertEquals("ack", ada.command("card.add", LiveSession.note("Ada's note 0"), "ada-0").path("type").asText(),
                    "sent again with the same opId: acknowledged again, applied once");
            JsonNode refused = graceRoom.command("phase.next", RoomClient.args());
            assertEquals("forbidden", refused.path("code").asText(), refused::toString);
            graceRoom.sendRaw("this is not JSON");
            graceRoom.await(frame -> "bad-request".equals(frame.path("code").asText()));
            // Grace's cards too: Ada's socket is told durable only for her own commands.
            long last = LiveSession.seqSoFar(ada);
            Stored.await(running.server(), sessionId, last);

            // Grace drops off and comes back with what she last saw: served from the room's memory.
            long graceSeq = LiveSession.seqSoFar(graceRoom);
            graceRoom.close();
            RoomClient back = session.open();
            back.hello(graceToken, graceSeq, epoch);
            back.await(frame -> frame.path("resumed").asBoolean());

            for (int i = 0; i < 4; i++) {
                running.api().post("/api/sessions/" + sessionId + "/participants", "{\"name\":\"Eve\",\"inviteCode\":\"WRONG-" + i + "\"}");
            }

            Scrape scrape = eventually(() -> {
                Scrape now = Scrape.of(running.api(), "/metrics");
                return now.value("roundtable_sockets_closed_total{by=\"client\",code=\"1000\"}") >= 1
                        && now.value("roundtable_ack_to_durable_seconds_count") >= 8 ? now : null;
            });

            // Kept for a look after the run (docs/operations.md shows an excerpt).
            Files.writeString(Path.of("target", "metrics-scrape.txt"), scrape.text());

            // Vert.x's own: HTTP, WebSocket, event bus, the PostgreSQL pool, the JVM.
            for (String name : List.of("vertx_http_server_requests_total", "vertx_http_server_active_ws_connections",
                    "vertx_eventbus_handlers", "vertx_eventbus_processed_total", "vertx_pool_in_use",
                    "vertx_sql_processing_time_seconds_count", "jvm_memory_used_bytes", "jvm_threads_live_threads")) {
                assertTrue(scrape.has(name), () -> name + " is scraped:\n" + scrape.text());
            }
            assertFalse(scrape.text().contains("path=") || scrape.text().contains("address="),
                    "no per-path or per-address labels");

            // Commands: every one sent is counted once, by what became of it.
            assertEquals(accepted, scrape.value("roundtable_commands_total{result=\"accepted\"}"));
            assertEquals(1, scrape.value("roundtable_commands_total{result=\"duplicate\"}"));
            assertEquals(1, scrape.value("roundtable_commands_total{result=\"refused\"}"));
            assertEquals(accepted + 2, scrape.total("roundtable_commands_total"), "commands counted = commands sent");
            assertEquals(accepted + 1, scrape.value("roundtable_command_seconds_count"), "each decided command timed");
            assertTrue(scrape.value("roundtable_command_seconds_bucket{le=\"0.1\"}") > 0, "in a sane time");
            assertEquals(1, scrape.value("roundtable_refusals_total{code=\"forbidden\"}"));
            assertEquals(1, scrape.value("roundtable_refusals_total{code=\"bad-request\"}"));

            // Write-behind: all committed, nothing waits.
            assertEquals(accepted, scrape.value("roundtable_ack_to_durable_seconds_count"), "every ack became durable");
            assertTrue(scrape.value("roundtable_ack_to_durable_seconds_max") < 5, "durable in seconds at most");
            assertTrue(scrape.value("roundtable_eventlog_batch_events_count") >= 1);
            assertTrue(scrape.value("roundtable_eventlog_batch_events_sum") >= last, "every event of the session written");
            assertEquals(scrape.value("roundtable_eventlog_batch_events_count"),
                    scrape.value("roundtable_eventlog_commit_seconds_count{result=\"ok\"}"), "one commit per batch");
            assertEquals(0, scrape.value("roundtable_eventlog_commit_seconds_count{result=\"failed\"}"));
            assertEquals(0, scrape.value("roundtable_eventlog_waiting_events"));
            assertEquals(0, scrape.value("roundtable_eventlog_oldest_wait_seconds"));
            assertEquals(TestServer.RELIABILITY.writeBufferEvents(), scrape.value("roundtable_eventlog_capacity_events"));

            // Rooms, sockets, resumes.
            assertEquals(1, scrape.value("roundtable_rooms_live"));
            assertEquals(2, scrape.value("roundtable_connections"), "Ada's socket and Grace's new one");
            assertEquals(1, scrape.value("roundtable_resumes_total{result=\"memory\"}"));
            assertEquals(0, scrape.value("roundtable_resumes_total{result=\"full\"}"));

            // Guessing: four wrong invite codes, the third blocks the address, the fourth is refused.
            assertEquals(4, scrape.value("roundtable_secret_failures_total{secret=\"invite-code\"}"));
            assertEquals(1, scrape.value("roundtable_addresses_blocked_total{secret=\"invite-code\"}"));

            for (String secret : secrets) {
                assertFalse(scrape.text().contains(secret), "no token or person in a series");
            }
            assertFalse(scrape.text().contains(sessionId), "no session in a series");
            assertFalse(scrape.text().contains("Grace"), "no name in a series");
            onlyMetricsThatExistAreNamed(scrape);
        }
    }

    /**
     * Every metric the dashboard, the alerts and docs/operations.md name is one a real scrape has, so
     * none of them watches a name that does not exist; and every Roundtable metric is documented.
     */
    private static void onlyMetricsThatExistAreNamed(Scrape scrape) throws Exception {
        Pattern metric = Pattern.compile("\\b((?:roundtable|vertx|jvm|process)_[a-z_]+)");
        String guide = Files.readString(Path.of("docs", "operations.md"));
        for (Path file : List.of(Path.of("docs", "grafana-dashboard.json"), Path.of("monitoring", "alerts.yml"),
                Path.of("docs", "operations.md"))) {
            Matcher names = metric.matcher(Files.readString(file));
            int found = 0;
            while (names.find()) {
                String name = names.group(1);
                assertTrue(scrape.has(name), () -> file + " names " + name + ", which no scrape has");
                found++;
            }
            assertTrue(found >= 5, file + " names metrics");
        }
        scrape.samples().keySet().stream().map(series -> series.replaceAll("\\{.*", ""))
                .filter(name -> name.startsWith("roundtable_")).distinct()
                .forEach(name -> assertTrue(guide.contains(name.replaceAll("_(bucket|count|sum|max|total)$", "")),
                        () -> name + " is not described in docs/operations.md"));
    }

    @Test
    void metrics_can_be_served_on_a_port_of_their_own_or_switched_off() throws Exception {
        int metricsPort = TestServer.freePort();
        try (TestServer server = TestServer.start(config -> config.withOperations(
                config.operations().withMetrics(true, OptionalInt.of(metricsPort))))) {
            assertEquals(404, new Api(server.baseUrl()).get("/metrics", null).status(), "not on the public port");
            Scrape scrape = Scrape.of(new Api("http://localhost:" + metricsPort), "/metrics");
            assertTrue(scrape.has("roundtable_rooms_live") && scrape.has("vertx_http_server_requests_total"), scrape::text);
            assertEquals(404, new Api("http://localhost:" + metricsPort).get("/health", null).status(),
                    "the metrics port serves nothing else");
        }
        try (TestServer server = TestServer.start(config -> config.withOperations(
                config.operations().withMetrics(false, OptionalInt.empty())))) {
            Api api = new Api(server.baseUrl());
            assertEquals(404, api.get("/metrics", null).status());
            assertEquals(200, api.get("/health", null).status());
            assertEquals(200, api.get("/ready", null).status());
            assertEquals(201, api.post("/api/sessions", "{\"title\":\"No metrics\",\"protocol\":\"forum\",\"facilitatorName\":\"Ada\"}").status());
        }
    }

    private static Scrape eventually(java.util.function.Supplier<Scrape> read) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Scrape scrape = read.get();
        while (scrape == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
            scrape = read.get();
        }
        if (scrape == null) {
            Scrape last = Scrape.of(running.api(), "/metrics");
            throw new AssertionError("the scrape never showed the session's end:\n" + last.text());
        }
        return scrape;
    }
}
