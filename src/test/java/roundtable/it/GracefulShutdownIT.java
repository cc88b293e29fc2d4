package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, graceful shutdown: the server (a real {@code java -jar} process) gets SIGTERM while
 * five clients stream commands. It exits within 30 seconds, closing the sockets; every command
 * acknowledged before a socket closed is in the recap after a restart; the clients then re-send
 * their outboxes and nothing is doubled.
 */
class GracefulShutdownIT {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final long STREAM_MS = 2_000;

    @Test
    void sigtermUnderLoadLosesNothingAcknowledged() throws Exception {
        try (ServerProcess server = ServerProcess.create("graceful-shutdown").start();
             ForumDrill drill = ForumDrill.on(server, "Shutdown drill")) {
            drill.clients().forEach(StreamingClient::startStreaming);
            Thread.sleep(STREAM_MS);

            Duration took = server.terminate(LIMIT);
            Map<Short, Integer> closeCodes = new TreeMap<>();
            for (StreamingClient client : drill.clients()) {
                closeCodes.merge(client.awaitClosed(5_000), 1, Integer::sum);
            }
            drill.clients().forEach(StreamingClient::stopStreaming);
            int exitCode = server.exitValue();
            List<String> pidFileAfterStop = server.postmasterPid();
            int sentBeforeStop = drill.clients().stream().mapToInt(StreamingClient::sent).sum();
            int notDurableAtStop = drill.clients().stream().mapToInt(StreamingClient::outboxSize).sum();
            int unackedAtStop = drill.clients().stream().mapToInt(StreamingClient::unackedOnConnection).sum();
            Set<String> acked = new HashSet<>();
            drill.clients().forEach(client -> acked.addAll(client.ackedTexts()));
            assertTrue(sentBeforeStop > 100, "the clients were streaming: " + sentBeforeStop);

            server.start();
            assertFalse(server.log().contains("left running by an earlier server"),
                    "a clean stop leaves no PostgreSQL behind");
            Map<String, Integer> afterRestart =
                    CrashRecoveryIT.count(drill.api().recap(drill.sessionId(), drill.facilitatorToken()).body().path("cards"));
            int ackedMissing = 0;
            int doubled = 0;
            for (String text : acked) {
                int times = afterRestart.getOrDefault(text, 0);
                ackedMissing += times == 0 ? 1 : 0;
            }
            for (int times : afterRestart.values()) {
                doubled += times > 1 ? 1 : 0;
            }
            int storedUnacked = afterRestart.size() - (int) acked.stream().filter(afterRestart::containsKey).count();

            // The clients come back and re-send what no durable covered; nothing may be applied twice.
            for (StreamingClient client : drill.clients()) {
                client.connect(server.port());
            }
            int resent = drill.clients().stream().mapToInt(StreamingClient::resent).sum();
            int duplicatesAcked = drill.clients().stream().mapToInt(StreamingClient::resentAckedAsDuplicate).sum();
            for (StreamingClient client : drill.clients()) {
                assertTrue(client.awaitOutboxEmpty(15_000), "every command of " + client + " became durable");
            }
            duplicatesAcked = drill.clients().stream().mapToInt(StreamingClient::resentAckedAsDuplicate).sum();
            Set<String> sent = new HashSet<>();
            List<String> errors = new ArrayList<>();
            drill.clients().forEach(client -> {
                sent.addAll(client.sentTexts());
                errors.addAll(client.errors());
            });
            Map<String, Integer> finalCards =
                    CrashRecoveryIT.count(drill.api().recap(drill.sessionId(), drill.facilitatorToken()).body().path("cards"));
            Seqs seqs = Seqs.of(CrashRecoveryIT.storedSeqs(server, drill.sessionId()));
            int lostInEnd = (int) sent.stream().filter(text -> !finalCards.containsKey(text)).count();
            int doubledInEnd = (int) finalCards.values().stream().filter(times -> times > 1).count();

            System.out.printf("[figures] graceful shutdown: %d commands sent by %d clients before SIGTERM, %d acknowledged; "
                            + "exit after %d ms with code %d; close codes %s; postmaster.pid after exit %s; "
                            + "at the stop %d not covered by durable, %d not acknowledged; after the restart: "
                            + "acknowledged but missing %d, doubled %d, stored though not acknowledged %d; "
                            + "re-sent %d, acknowledged as already applied %d; in the end lost %d, doubled %d; "
                            + "stored events %d, seq %d..%d%n",
                    sentBeforeStop, drill.clients().size(), acked.size(), took.toMillis(), exitCode, closeCodes,
                    pidFileAfterStop.isEmpty() ? "removed" : "left", notDurableAtStop, unackedAtStop,
                    ackedMissing, doubled, storedUnacked, resent, duplicatesAcked, lostInEnd, doubledInEnd,
                    seqs.count, seqs.min, seqs.max);

            assertTrue(took.compareTo(LIMIT) < 0, "exits within 30 s");
            assertEquals(List.of(), pidFileAfterStop, "the embedded PostgreSQL was stopped cleanly");
            assertEquals(0, ackedMissing, "every acknowledged command is stored");
            assertEquals(0, doubled);
            assertEquals(List.of(), errors, "no command was refused");
            assertEquals(0, lostInEnd, "after the re-send every command is stored");
            assertEquals(0, doubledInEnd, "and none twice");
            assertEquals(seqs.count, seqs.max, "seq has no gaps");
            // 1001, going away: each client got a close frame saying the server is restarting.
            assertTrue(closeCodes.keySet().stream().allMatch(code -> code == 1001),
                    "every socket was closed with 1001: " + closeCodes);
        }
    }

    private record Seqs(long count, long min, long max) {
        static Seqs of(CrashRecoveryIT.Seqs stored) {
            return new Seqs(stored.count(), stored.min(), stored.max());
        }
    }
}
