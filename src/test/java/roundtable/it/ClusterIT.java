package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three nodes on one machine, one PostgreSQL, loopback only (mvn verify -Pcluster). Clients of one
 * session spread over the three see one history; the death of any node (kill -9), a frozen owner
 * (SIGSTOP until another claims, then SIGCONT) and a rolling restart (SIGTERM) lose no command any
 * client sent, store every session's seqs without a gap, and let nothing of a stale owner be stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static ThreeNodes nodes;
    private static Vertx vertx;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        nodes = ThreeNodes.start("cluster");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        } finally {
            nodes.close();
        }
    }

    @Test
    @Order(1)
    void clients_on_three_nodes_see_every_event_in_one_order_and_cross_node_delivery_is_measured() throws Exception {
        JsonNode session = nodes.api(0).createSession("Across three nodes", "forum", "Ada");
        String sessionId = session.path("sessionId").asText();
        List<RoomClient> clients = new ArrayList<>();
        clients.add(RoomClient.join(vertx, nodes.port(0), sessionId, session.path("facilitator").path("token").asText()));
        int owner = nodes.ownerOf(sessionId);
        assertTrue(owner >= 0, "a node owns the session once its room opened");
        List<Integer> nodeOf = new ArrayList<>(List.of(0));
        for (int i = 1; i < 6; i++) {
            int node = i % 3;
            String token = nodes.api(node).join(session, "Peer " + i).path("token").asText();
            clients.add(RoomClient.join(vertx, nodes.port(node), sessionId, token));
            nodeOf.add(node);
        }
        Map<String, Long> sentAt = new HashMap<>();
        long last = 0;
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < clients.size(); i++) {
                String text = "round " + round + " from " + i;
                sentAt.put(text, System.nanoTime());
                JsonNode ack = clients.get(i).command("card.add", LiveSession.note(text));
                assertEquals("ack", ack.path("type").asText(), ack::toString);
                last = ack.path("seq").asLong();
            }
        }
        List<Long> onOwner = new ArrayList<>();
        List<Long> elsewhere = new ArrayList<>();
        List<String> reference = null;
        for (int i = 0; i < clients.size(); i++) {
            RoomClient client = clients.get(i);
            client.awaitEvent(last);
            List<String> seen = new ArrayList<>();
            long previous = -1;
            for (JsonNode frame : client.events()) {
                long seq = frame.path("seq").asLong();
                assertTrue(previous < 0 || seq == previous + 1, "no gap at client " + i + ": " + previous + " then " + seq);
                previous = seq;
                seen.add(seq + " " + frame.path("event").path("type").asText() + " " + frame.at("/event/card/text").asText());
                String text = frame.at("/event/card/text").asText();
                if (sentAt.containsKey(text) && !text.endsWith("from " + i)) {
                    long micros = (client.arrivedAt(frame) - sentAt.get(text)) / 1_000;
                    (nodeOf.get(i) == owner ? onOwner : elsewhere).add(micros);
                }
            }
            List<String> fromFirstCard = seen.subList(seen.indexOf(seen.stream().filter(s -> s.contains("round 0 from 0")).findFirst().orElseThrow()), seen.size());
            if (reference == null) {
                reference = fromFirstCard;
            } else {
                assertEquals(reference, fromFirstCard, "client " + i + " saw the same events in the same order");
            }
        }
        System.out.printf("ClusterIT: delivery to sockets on the owner's node p50 %d µs, p99 %d µs (%d); on the other nodes"
                        + " p50 %d µs, p99 %d µs (%d); %d cards sent, each seen once by all six clients%n",
                percentile(onOwner, 50), percentile(onOwner, 99), onOwner.size(), percentile(elsewhere, 50),
                percentile(elsewhere, 99), elsewhere.size(), sentAt.size());
        clients.forEach(RoomClient::close);
    }

    @Test
    @Order(2)
    void kill_nine_of_each_node_in_turn_loses_no_command_and_a_timer_of_an_empty_room_still_runs_out_once() throws Exception {
        JsonNode session = nodes.api(0).createSession("Through three crashes", "forum", "Ada");
        List<StreamingClient> clients = spread(session);
        JsonNode timed = nodes.api(1).createSession("Timer with nobody there", "forum", "Ada");
        String timedId = timed.path("sessionId").asText();
        try (RoomClient facilitator = RoomClient.join(vertx, nodes.port(1), timedId, timed.path("facilitator").path("token").asText())) {
            assertEquals("ack", facilitator.command("timer.start", RoomClient.args().put("seconds", 12)).path("type").asText());
        }
        int timerOwner = nodes.ownerOf(timedId);
        List<Integer> victims = new ArrayList<>(List.of(timerOwner, (timerOwner + 1) % 3, (timerOwner + 2) % 3));
        clients.forEach(StreamingClient::startStreaming);
        for (int victim : victims) {
            Thread.sleep(1_500);
            long killed = System.nanoTime();
            nodes.node(victim).kill();
            if (victim == timerOwner) {
                long reopenedMs = awaitNewOwner(timedId, victim, Duration.ofSeconds(ThreeNodes.FAILURE_SECONDS + 5)) - killed;
                System.out.printf("ClusterIT: node%d killed; the empty room with a running timer was reopened by a survivor"
                        + " %d ms later%n", victim, reopenedMs / 1_000_000);
            }
            reconnectEveryone(clients);
            Thread.sleep(1_000);
            nodes.node(victim).start();
            nodes.awaitReady(Duration.ofSeconds(60));
            reconnectEveryone(clients);
        }
        finish(clients);
        assertAppliedOnceAndGapFree(session.path("sessionId").asText(), clients);
        awaitStored(timedId, "timer.expired", 1, Duration.ofSeconds(20));
        assertEquals(1, count(timedId, "timer.expired"), "the timer ran out exactly once");
        assertGapFree(timedId);
    }

    @Test
    @Order(3)
    void a_frozen_owner_is_replaced_and_nothing_it_writes_after_the_claim_is_stored() throws Exception {
        JsonNode session = nodes.api(0).createSession("A frozen owner", "forum", "Ada");
        String sessionId = session.path("sessionId").asText();
        List<StreamingClient> clients = spread(session);
        int owner = nodes.ownerOf(sessionId);
        long staleEpoch = nodes.ownerEpoch(sessionId);
        clients.forEach(StreamingClient::startStreaming);
        Thread.sleep(1_000);
        nodes.node(owner).pause(true);
        long frozenAt = System.nanoTime();
        long claimedAt;
        long storedAtClaim;
        try {
            awaitNewOwner(sessionId, owner, Duration.ofSeconds(ThreeNodes.FAILURE_SECONDS + 15));
            claimedAt = System.nanoTime();
            storedAtClaim = maxSeq(sessionId);
            reconnectEveryone(clients, owner);
            Thread.sleep(2_000);
        } finally {
            nodes.node(owner).pause(false);
        }
        System.out.printf("ClusterIT: owner node%d frozen; a survivor claimed the session %d ms later, at stored seq %d,"
                + " epoch %d -> %d%n", owner, (claimedAt - frozenAt) / 1_000_000, storedAtClaim, staleEpoch,
                nodes.ownerEpoch(sessionId));
        Thread.sleep(3_000);
        nodes.awaitReady(Duration.ofSeconds(60));
        reconnectEveryone(clients);
        finish(clients);
        assertEquals(0, countWhere(sessionId, "epoch = " + staleEpoch + " AND seq > " + storedAtClaim),
                "nothing of the stale owner is stored after the claim");
        assertAppliedOnceAndGapFree(sessionId, clients);
        assertTrue(claimedAt > 0);
    }

    @Test
    @Order(4)
    void a_rolling_restart_loses_nothing_and_clients_with_everything_durable_resume() throws Exception {
        JsonNode session = nodes.api(0).createSession("Rolling restart", "forum", "Ada");
        String sessionId = session.path("sessionId").asText();
        List<StreamingClient> clients = spread(session);
        List<StreamingClient> quiet = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            StreamingClient listener = new StreamingClient(vertx, "quiet" + node, sessionId,
                    nodes.api(node).join(session, "Quiet " + node).path("token").asText());
            listener.connect(nodes.port(node));
            quiet.add(listener);
        }
        clients.forEach(StreamingClient::startStreaming);
        for (int node = 0; node < 3; node++) {
            Thread.sleep(1_500);
            nodes.node(node).terminate(Duration.ofSeconds(45));
            reconnectEveryone(clients);
            reconnectEveryone(quiet);
            nodes.node(node).start();
            nodes.awaitReady(Duration.ofSeconds(60));
        }
        finish(clients);
        assertAppliedOnceAndGapFree(sessionId, clients);
        int full = quiet.stream().mapToInt(StreamingClient::fullWelcomesAfterTheFirst).sum();
        assertEquals(0, full, "clients that had everything durable resumed every time, without a full welcome");
        quiet.forEach(StreamingClient::close);
    }

    /** Six streaming clients of the session, two on each node (every node ready first). */
    private List<StreamingClient> spread(JsonNode session) throws InterruptedException {
        nodes.awaitReady(Duration.ofSeconds(90));
        String sessionId = session.path("sessionId").asText();
        List<StreamingClient> clients = new ArrayList<>();
        clients.add(new StreamingClient(vertx, "ada", sessionId, session.path("facilitator").path("token").asText()));
        for (String name : List.of("ben", "cleo", "dev", "eli", "fay")) {
            clients.add(new StreamingClient(vertx, name, sessionId, nodes.api(0).join(session, name).path("token").asText()));
        }
        for (int i = 0; i < clients.size(); i++) {
            clients.get(i).connect(nodes.port(i % 3));
        }
        return clients;
    }

    /** Every client whose socket closed connects again, to its own node if it runs, else to another. */
    private void reconnectEveryone(List<StreamingClient> clients) throws InterruptedException {
        reconnectEveryone(clients, -1);
    }

    private void reconnectEveryone(List<StreamingClient> clients, int avoid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        for (int i = 0; i < clients.size(); i++) {
            StreamingClient client = clients.get(i);
            int attempt = 0;
            while (!client.connected()) {
                List<Integer> up = nodes.running().stream().filter(node -> node != avoid).toList();
                int node = up.get((i + attempt++) % up.size());
                try {
                    client.connect(nodes.port(node));
                } catch (AssertionError | RuntimeException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError(client + " could not come back: " + notYet.getMessage(), notYet);
                    }
                    Thread.sleep(500);
                }
            }
        }
    }

    private void finish(List<StreamingClient> clients) throws InterruptedException {
        clients.forEach(StreamingClient::stopStreaming);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (StreamingClient client : clients) {
            while (!client.awaitOutboxEmpty(2_000)) {
                reconnectEveryone(List.of(client));
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(client + " still has " + client.outboxSize() + " commands not durable");
                }
            }
        }
    }

    private void assertAppliedOnceAndGapFree(String sessionId, List<StreamingClient> clients) throws SQLException {
        Set<String> sent = new HashSet<>();
        int sentCount = 0;
        for (StreamingClient client : clients) {
            sent.addAll(client.sentTexts());
            sentCount += client.sent();
        }
        assertTrue(sentCount > 100, "the clients streamed: " + sentCount);
        Map<String, Integer> stored = new TreeMap<>();
        try (Connection sql = nodes.sql();
             PreparedStatement cards = sql.prepareStatement("SELECT payload->'card'->>'text' FROM session_events"
                     + " WHERE session_id = ? AND type = 'card.added'")) {
            cards.setString(1, sessionId);
            try (ResultSet rows = cards.executeQuery()) {
                while (rows.next()) {
                    stored.merge(rows.getString(1), 1, Integer::sum);
                }
            }
        }
        List<String> lost = sent.stream().filter(text -> !stored.containsKey(text)).toList();
        List<String> doubled = stored.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        System.out.printf("ClusterIT: %d commands sent, %d cards stored, %d lost, %d doubled%n", sentCount, stored.size(),
                lost.size(), doubled.size());
        assertEquals(List.of(), lost, "every command sent is applied");
        assertEquals(List.of(), doubled, "none twice");
        assertGapFree(sessionId);
    }

    private void assertGapFree(String sessionId) throws SQLException {
        long max = maxSeq(sessionId);
        assertEquals(max, countWhere(sessionId, "true"), "seqs 1.." + max + " stored, each once");
    }

    private long maxSeq(String sessionId) throws SQLException {
        return query("SELECT coalesce(max(seq), 0) FROM session_events WHERE session_id = ?", sessionId);
    }

    private long count(String sessionId, String type) throws SQLException {
        return countWhere(sessionId, "type = '" + type + "'");
    }

    private long countWhere(String sessionId, String condition) throws SQLException {
        return query("SELECT count(*) FROM session_events WHERE session_id = ? AND " + condition, sessionId);
    }

    private long query(String sql, String sessionId) throws SQLException {
        try (Connection connection = nodes.sql(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, sessionId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void awaitStored(String sessionId, String type, long times, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (count(sessionId, type) < times) {
            assertTrue(System.nanoTime() < deadline, type + " not stored in time");
            Thread.sleep(200);
        }
    }

    /** Waits until a node other than {@code previous} owns the session; answers when (System.nanoTime()). */
    private long awaitNewOwner(String sessionId, int previous, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            int owner = nodes.ownerOf(sessionId);
            if (owner >= 0 && owner != previous && nodes.node(owner).alive()) {
                return System.nanoTime();
            }
            assertTrue(System.nanoTime() < deadline, "no survivor claimed session " + sessionId + " within " + limit);
            Thread.sleep(100);
        }
    }

    private static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
