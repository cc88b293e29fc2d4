package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, crash recovery: the server (a real {@code java -jar} process) is killed with SIGKILL
 * while five clients stream commands; it is started again on the same data directory, which must
 * work by itself although the dead server's PostgreSQL is still running; the clients reconnect
 * and re-send their outboxes with the same opIds. In the end every command sent is in the state
 * and in the recap exactly once, and the stored seqs have no gap.
 */
class CrashRecoveryIT {

    private static final long STREAM_BEFORE_KILL_MS = 3_000;
    private static final long STREAM_AFTER_RESTART_MS = 1_000;

    @Test
    void killNineWhileClientsStreamLosesNothingAndDoublesNothing() throws Exception {
        try (ServerProcess server = ServerProcess.create("crash-recovery").start();
             ForumDrill drill = ForumDrill.on(server, "Crash drill")) {
            List<StreamingClient> clients = drill.clients();
            String firstEpoch = clients.get(0).lastWelcome().path("epoch").asText();
            clients.forEach(StreamingClient::startStreaming);
            Thread.sleep(STREAM_BEFORE_KILL_MS);

            server.kill();
            for (StreamingClient client : clients) {
                client.awaitClosed(5_000);
            }
            int sentBeforeKill = clients.stream().mapToInt(StreamingClient::sent).sum();
            int inFlight = clients.stream().mapToInt(StreamingClient::outboxSize).sum();
            int ackedNotDurable = clients.stream().mapToInt(StreamingClient::ackedNotDurable).sum();
            int unacked = clients.stream().mapToInt(StreamingClient::unackedOnConnection).sum();
            long seqSeen = clients.stream().mapToLong(StreamingClient::lastSeq).max().orElse(0);
            assertTrue(sentBeforeKill > 100, "the clients were streaming: " + sentBeforeKill);

            long killedAt = System.currentTimeMillis();
            long restartStart = System.nanoTime();
            server.start();
            long restartMs = (System.nanoTime() - restartStart) / 1_000_000;
            assertTrue(server.log().contains("A PostgreSQL left running by an earlier server"),
                    "the restart found and stopped the dead server's PostgreSQL; log:\n" + server.log());
            long storedAtRestart = storedBefore(server, drill.sessionId(), killedAt);

            for (StreamingClient client : clients) {
                long heard = client.lastSeq();
                client.connect(server.port());
                JsonNode welcome = client.lastWelcome();
                // Only a client that heard nothing but stored events may resume across the crash.
                assertTrue(!welcome.path("resumed").asBoolean(false) || heard <= storedAtRestart,
                        client + " heard seq " + heard + " but only " + storedAtRestart + " were stored, and it resumed");
                assertNotEquals(firstEpoch, welcome.path("epoch").asText(), "the restarted room has a new epoch");
            }
            int resent = clients.stream().mapToInt(StreamingClient::resent).sum();
            clients.forEach(StreamingClient::startStreaming);
            Thread.sleep(STREAM_AFTER_RESTART_MS);
            clients.forEach(StreamingClient::stopStreaming);
            for (StreamingClient client : clients) {
                assertTrue(client.awaitOutboxEmpty(15_000), "every command of " + client + " became durable");
            }

            List<String> errors = new ArrayList<>();
            Set<String> sent = new HashSet<>();
            for (StreamingClient client : clients) {
                errors.addAll(client.errors());
                sent.addAll(client.sentTexts());
                assertEquals(0, client.gaps(), "events arrive without a gap in seq");
            }
            int sentTotal = clients.stream().mapToInt(StreamingClient::sent).sum();
            int duplicatesAcked = clients.stream().mapToInt(StreamingClient::resentAckedAsDuplicate).sum();
            assertEquals(List.of(), errors, "no command was refused");
            assertEquals(sentTotal, sent.size(), "texts are unique");

            JsonNode recap = drill.api().recap(drill.sessionId(), drill.facilitatorToken()).body();
            Map<String, Integer> inRecap = count(recap.path("cards"));
            JsonNode state;
            long welcomeSeq;
            try (StreamingClient fresh = new StreamingClient(drill.vertx(), "fresh", drill.sessionId(), drill.facilitatorToken())) {
                fresh.connect(server.port());
                JsonNode welcome = fresh.lastWelcome();
                state = welcome.path("state");
                welcomeSeq = welcome.path("seq").asLong();
                assertTrue(fresh.awaitDurable(welcomeSeq, 10_000), "the state is stored");
            }
            Map<String, Integer> inState = count(state.path("cards"));
            Seqs stored = storedSeqs(server, drill.sessionId());

            int lost = 0;
            int doubled = 0;
            for (String text : sent) {
                int times = inRecap.getOrDefault(text, 0);
                lost += times == 0 ? 1 : 0;
                doubled += times > 1 ? 1 : 0;
            }
            System.out.printf("[figures] crash recovery: %d commands sent by %d clients (%d before the kill); "
                            + "in flight at the kill %d (%d acknowledged but not durable, %d not acknowledged); "
                            + "re-sent %d, of which %d acknowledged as already applied and %d applied afresh; "
                            + "highest seq a client saw %d, stored by the killed server %d; restart took %d ms; "
                            + "lost %d, doubled %d; stored events %d, seq %d..%d%n",
                    sentTotal, clients.size(), sentBeforeKill, inFlight, ackedNotDurable, unacked,
                    resent, duplicatesAcked, resent - duplicatesAcked, seqSeen, storedAtRestart, restartMs,
                    lost, doubled, stored.count(), stored.min(), stored.max());

            assertEquals(0, lost, "no command is lost");
            assertEquals(0, doubled, "no command is applied twice");
            assertEquals(sent.size(), inRecap.size(), "the recap holds the sent cards and nothing else");
            assertEquals(inRecap, inState, "the live state and the recap agree");
            assertEquals(welcomeSeq, stored.count(), "one stored event per seq");
            assertEquals(1, stored.min());
            assertEquals(welcomeSeq, stored.max(), "seq has no gaps");
            assertEquals(0, stored.repeatedOpIds(), "no opId stored twice for one participant");
        }
    }

    /** The highest seq the killed server had stored: its rows were all written before it died. */
    private static long storedBefore(ServerProcess server, String sessionId, long killedAtMillis) throws Exception {
        try (Connection sql = server.sql();
             PreparedStatement query = sql.prepareStatement("SELECT coalesce(max(seq), 0) FROM session_events "
                     + "WHERE session_id = ? AND recorded_at <= to_timestamp(? / 1000.0)")) {
            query.setString(1, sessionId);
            query.setLong(2, killedAtMillis);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static Map<String, Integer> count(JsonNode cards) {
        Map<String, Integer> counts = new HashMap<>();
        cards.forEach(card -> counts.merge(card.path("text").asText(), 1, Integer::sum));
        return counts;
    }

    record Seqs(long count, long min, long max, long repeatedOpIds) {
    }

    static Seqs storedSeqs(ServerProcess server, String sessionId) throws Exception {
        try (Connection sql = server.sql();
             PreparedStatement seqs = sql.prepareStatement(
                     "SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), 0) FROM session_events WHERE session_id = ?");
             PreparedStatement repeated = sql.prepareStatement(
                     "SELECT count(*) FROM (SELECT 1 FROM session_events WHERE session_id = ? AND op_id IS NOT NULL "
                             + "GROUP BY actor_id, op_id, type HAVING count(*) > 1) twice")) {
            seqs.setString(1, sessionId);
            repeated.setString(1, sessionId);
            try (ResultSet rows = seqs.executeQuery(); ResultSet twice = repeated.executeQuery()) {
                rows.next();
                twice.next();
                return new Seqs(rows.getLong(1), rows.getLong(2), rows.getLong(3), twice.getLong(1));
            }
        }
    }
}
