package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import roundtable.TestServer;
import roundtable.wire.Json;

/**
 * A restart's reconnect storm: 200 sessions of 10 people, the server restarts, and all 2,000
 * clients say hello again within one second. Every one is welcomed within 3 seconds of the storm's
 * start, none is refused. (Each hello looks its token up in PostgreSQL; looked up one query each,
 * thousands at once overflowed the pool's queue and were refused with {@code unavailable}.)
 */
class ReconnectStormIT {

    private static final int SESSIONS = 200;
    private static final int PEOPLE = 10;
    private static final long STORM_MS = 1_000;
    private static final long LIMIT_MS = 3_000;

    @Test
    void two_thousand_clients_saying_hello_within_a_second_are_all_welcomed_within_three() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (TestServer server = TestServer.start()) {
            List<String[]> seats = seats(server.baseUrl());
            assertEquals(SESSIONS * PEOPLE, seats.size());
            server.restart();

            WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
                    .setMaxConnections(1_000_000).setMaxFrameSize(1024 * 1024).setMaxMessageSize(1024 * 1024));
            Map<String, Long> welcomedAfterMs = new ConcurrentHashMap<>();
            List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            List<Future<Void>> all = new ArrayList<>();
            for (int i = 0; i < seats.size(); i++) {
                String[] seat = seats.get(i);
                long at = start + STORM_MS * 1_000_000L * i / seats.size();
                Promise<Void> welcomed = Promise.promise();
                all.add(welcomed.future());
                vertx.setTimer(Math.max(1, (at - System.nanoTime()) / 1_000_000), id -> client.connect(
                                new WebSocketConnectOptions().setHost("localhost").setPort(server.port())
                                        .setURI("/ws/sessions/" + seat[0]))
                        .onFailure(failure -> {
                            refused.add("connect: " + failure.getMessage());
                            welcomed.tryComplete();
                        })
                        .onSuccess(socket -> {
                            // Only the frame type matters, and the client shares the server's two cores:
                            // look at the start of each frame rather than parse thousands of them.
                            socket.textMessageHandler(text -> {
                                if (text.startsWith("{\"type\":\"welcome\"")) {
                                    welcomedAfterMs.putIfAbsent(seat[1], (System.nanoTime() - start) / 1_000_000);
                                    welcomed.tryComplete();
                                } else if (text.startsWith("{\"type\":\"error\"")) {
                                    refused.add(text);
                                    welcomed.tryComplete();
                                }
                            });
                            socket.closeHandler(closed -> welcomed.tryComplete());
                            socket.writeTextMessage(Json.MAPPER.createObjectNode().put("type", "hello")
                                    .put("token", seat[1]).put("lastSeq", 0).toString());
                        }));
            }
            Future.join(all).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            long slowest = welcomedAfterMs.values().stream().mapToLong(Long::longValue).max().orElse(-1);
            System.out.printf("ReconnectStormIT: %d of %d hellos within %d ms welcomed; the last %d ms after the storm began;"
                    + " %d refused%n", welcomedAfterMs.size(), seats.size(), STORM_MS, slowest, refused.size());
            assertEquals(List.of(), refused.subList(0, Math.min(5, refused.size())), "none refused");
            assertEquals(seats.size(), welcomedAfterMs.size(), "everyone welcomed");
            assertTrue(slowest <= LIMIT_MS, "all within " + LIMIT_MS + " ms of the storm's start; the last after " + slowest + " ms");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** Every person's {sessionId, token}: 200 sessions, each a facilitator and nine who joined. */
    private static List<String[]> seats(String baseUrl) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<List<String[]>>> sessions = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            int number = s;
            sessions.add(post(http, baseUrl + "/api/sessions", Json.MAPPER.createObjectNode()
                    .put("title", "Storm " + number).put("protocol", "forum").put("facilitatorName", "Ada").toString())
                    .thenCompose(session -> {
                        String id = session.path("sessionId").asText();
                        List<CompletableFuture<String[]>> people = new ArrayList<>();
                        people.add(CompletableFuture.completedFuture(new String[] {id, session.path("facilitator").path("token").asText()}));
                        for (int p = 1; p < PEOPLE; p++) {
                            people.add(post(http, baseUrl + "/api/sessions/" + id + "/participants", Json.MAPPER.createObjectNode()
                                    .put("name", "Peer " + p).put("inviteCode", session.path("inviteCode").asText()).toString())
                                    .thenApply(joined -> new String[] {id, joined.path("token").asText()}));
                        }
                        return CompletableFuture.allOf(people.toArray(CompletableFuture[]::new))
                                .thenApply(done -> people.stream().map(CompletableFuture::join).toList());
                    }));
            if (sessions.size() % 20 == 0) {
                CompletableFuture.allOf(sessions.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            }
        }
        List<String[]> seats = new ArrayList<>();
        for (CompletableFuture<List<String[]>> session : sessions) {
            seats.addAll(session.get(60, TimeUnit.SECONDS));
        }
        return seats;
    }

    private static CompletableFuture<JsonNode> post(HttpClient http, String url, String body) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    if (response.statusCode() != 201) {
                        throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
                    }
                    return parse(response.body());
                });
    }

    private static JsonNode parse(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
