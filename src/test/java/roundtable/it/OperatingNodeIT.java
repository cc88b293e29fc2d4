package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import roundtable.wire.Json;

/**
 * The server as an operator runs it ({@code java -jar}, LOG_FORMAT=json, LOG_LEVEL=DEBUG), through a
 * session that handles every kind of secret, then SIGTERM:
 * <ul>
 * <li>{@code /ready} answers 503 ("shutting down") from the first answer after the signal, while
 *     {@code /health} still answers 200 and people's sockets are still open;
 * <li>every line of the log is one JSON object with the node's name, the room's lines carry the
 *     session id and seq as fields, and no token, invite code, recap link or card text is anywhere in it.
 * </ul>
 */
class OperatingNodeIT {

    private static final Duration DRAIN = Duration.ofSeconds(3);

    @Test
    void sigterm_turns_ready_to_503_first_and_the_json_log_carries_ids_but_no_secret() throws Exception {
        Vertx vertx = Vertx.vertx();
        List<String> secrets = new ArrayList<>();
        try (ServerProcess server = ServerProcess.create("operating-node")
                .with("LOG_FORMAT", "json").with("LOG_LEVEL", "DEBUG").with("NODE_ID", "node-a")
                .with("DRAIN_SECONDS", Long.toString(DRAIN.toSeconds())).start()) {
            Api api = new Api(server.baseUrl());
            JsonNode session = api.createSession("Planted secrets", "forum", "Ada");
            String sessionId = session.path("sessionId").asText();
            String facilitatorToken = session.path("facilitator").path("token").asText();
            JsonNode grace = api.join(session, "Grace");
            secrets.add(facilitatorToken);
            secrets.add(grace.path("token").asText());
            secrets.add(session.path("inviteCode").asText());

            RoomClient ada = RoomClient.join(vertx, server.port(), sessionId, facilitatorToken);
            String cardText = "Planted card text 5c1e9a7b";
            secrets.add(cardText);
            assertEquals("ack", ada.command("card.add", LiveSession.note(cardText)).path("type").asText());
            ada.awaitDurable(LiveSession.seqSoFar(ada));

            // Every kind of secret, used rightly and wrongly.
            Api.Reply link = api.post("/api/sessions/" + sessionId + "/recap-links", "{}", facilitatorToken);
            assertEquals(201, link.status(), () -> link.raw().body());
            String recapToken = link.body().path("token").asText();
            secrets.add(recapToken);
            assertEquals(200, api.get("/api/recaps/" + recapToken, null).status());
            assertEquals(200, api.get("/recap/" + recapToken, null).status());
            String guessedRecap = "guessed-recap-6d2f0c";
            secrets.add(guessedRecap);
            assertEquals(404, api.get("/api/recaps/" + guessedRecap, null).status());
            String guessedCode = "GUESSED-4B7E";
            secrets.add(guessedCode);
            assertEquals(403, api.post("/api/sessions/" + sessionId + "/participants",
                    "{\"name\":\"Eve\",\"inviteCode\":\"" + guessedCode + "\"}").status());
            String guessedToken = "guessed-token-8a3c1f";
            secrets.add(guessedToken);
            try (RoomClient eve = RoomClient.open(vertx, server.port(), sessionId)) {
                eve.hello(guessedToken, 0);
                eve.awaitClose();
            }
            assertEquals(200, api.get("/ready", null).status());

            // SIGTERM. The JVM runs the shutdown hook a moment after the signal; from then on /ready says
            // no, every time, while the room still serves.
            server.signalTerm();
            long signalled = System.nanoTime();
            List<Integer> readyAfterSignal = new ArrayList<>();
            long firstRefusalMs = -1;
            String reason = null;
            while (System.nanoTime() - signalled < DRAIN.toNanos() / 2) {
                Api.Reply ready = api.get("/ready", null);
                readyAfterSignal.add(ready.status());
                if (ready.status() == 503 && reason == null) {
                    reason = ready.raw().body();
                    firstRefusalMs = (System.nanoTime() - signalled) / 1_000_000;
                }
                assertEquals(200, api.get("/health", null).status(), "alive while draining");
                Thread.sleep(20);
            }
            assertTrue(reason != null && firstRefusalMs < 500, "503 within half a second of SIGTERM: " + readyAfterSignal);
            List<Integer> fromFirstRefusal = readyAfterSignal.subList(readyAfterSignal.indexOf(503), readyAfterSignal.size());
            assertTrue(fromFirstRefusal.size() > 10, "answers while draining: " + readyAfterSignal);
            assertEquals(List.of(503), fromFirstRefusal.stream().distinct().toList(),
                    "once draining, /ready never says yes again: " + readyAfterSignal);
            assertTrue(reason.contains("shutting down"), reason);
            assertFalse(ada.isClosed(), "people are still connected while the node drains");
            assertEquals("ack", ada.command("card.add", LiveSession.note("Still here while draining")).path("type").asText());
            ada.awaitClose();
            server.waitForExit(Duration.ofSeconds(30));

            List<String> lines = server.log().lines().filter(line -> !line.isBlank()).toList();
            assertTrue(lines.size() > 5, "the server logged: " + lines);
            boolean roomLine = false;
            Map<String, Integer> levels = new TreeMap<>();
            for (String line : lines) {
                JsonNode entry;
                try {
                    entry = Json.MAPPER.readTree(line);
                } catch (Exception notJson) {
                    throw new AssertionError("not a JSON line: " + line);
                }
                assertTrue(entry.isObject() && entry.has("timestamp") && entry.has("level")
                        && entry.has("formattedMessage"), line);
                assertEquals("node-a", entry.path("node").asText(), line);
                levels.merge(entry.path("level").asText(), 1, Integer::sum);
                if (sessionId.equals(entry.path("sessionId").asText()) && entry.path("seq").isNumber()) {
                    roomLine = true;
                }
                for (String secret : secrets) {
                    assertFalse(line.contains(secret), () -> "a secret in the log: " + line);
                }
            }
            assertTrue(roomLine, "the room's lines carry sessionId and seq as fields");
            System.out.println("OperatingNodeIT: " + lines.size() + " JSON log lines by level " + levels
                    + "; /ready after SIGTERM: first 503 after " + firstRefusalMs + " ms, then " + fromFirstRefusal.size()
                    + " answers, all 503");
        } finally {
            vertx.close();
        }
    }
}
