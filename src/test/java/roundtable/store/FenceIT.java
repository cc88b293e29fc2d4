package roundtable.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import roundtable.it.RoomClient;
import roundtable.it.RunningServer;

/**
 * The fence at the level of SQL, on the real PostgreSQL, two connections, both interleavings: the
 * event log's insert and an owner's claim. A write under an old owner epoch is never stored once a
 * claim has committed; a write begun before the claim is ordered before it (the claim waits, and the
 * new owner's history holds it). And the same statement with FOR KEY SHARE (the lock the foreign key
 * already takes, an "optimisation" that looks harmless) lets a stale write through: this test fails
 * if the fence is ever weakened that way.
 */
class FenceIT {

    @RegisterExtension
    static final RunningServer running = new RunningServer();

    private static final String CLAIM = "UPDATE sessions SET owner_epoch = owner_epoch + 1, owner_node = ? WHERE id = ?"
            + " RETURNING owner_epoch";

    /** The log's own statement, for JDBC; {@code weakened} takes FOR KEY SHARE instead of FOR SHARE. */
    private static String insert(boolean weakened) {
        String sql = EventQueries.INSERT.replaceAll("\\$\\d", "?");
        assertTrue(sql.contains(" FOR SHARE"), "the fence takes FOR SHARE on the session's row");
        return weakened ? sql.replace(" FOR SHARE", " FOR KEY SHARE") : sql;
    }

    private static String newSession(String title) {
        return running.api().createSession(title, "forum", "Ada").path("sessionId").asText();
    }

    /** Writes one event at {@code seq} under {@code epoch}; answers the session's owner epoch as the statement saw it. */
    private static long write(Connection sql, boolean weakened, String sessionId, long seq, long epoch) throws SQLException {
        try (PreparedStatement insert = sql.prepareStatement(insert(weakened))) {
            insert.setArray(1, sql.createArrayOf("text", new Object[] {sessionId}));
            insert.setArray(2, sql.createArrayOf("int8", new Object[] {seq}));
            insert.setArray(3, sql.createArrayOf("text", new Object[] {null}));
            insert.setArray(4, sql.createArrayOf("text", new Object[] {null}));
            insert.setArray(5, sql.createArrayOf("text", new Object[] {"session.ended"}));
            insert.setArray(6, sql.createArrayOf("text", new Object[] {"{\"type\":\"session.ended\",\"at\":1}"}));
            insert.setArray(7, sql.createArrayOf("int8", new Object[] {epoch}));
            try (ResultSet rows = insert.executeQuery()) {
                assertTrue(rows.next(), "the session is there");
                return rows.getLong("owner_epoch");
            }
        }
    }

    private static long claim(Connection sql, String sessionId) throws SQLException {
        try (PreparedStatement claim = sql.prepareStatement(CLAIM)) {
            claim.setString(1, "new-owner");
            claim.setString(2, sessionId);
            try (ResultSet rows = claim.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The epochs of the rows stored at seq 3 of the session. */
    private static List<Long> storedAt3(String sessionId) throws SQLException {
        return longs("SELECT epoch FROM session_events WHERE session_id = ? AND seq = 3", sessionId);
    }

    /** The seqs stored for the session, in order. */
    private static List<Long> storedSeqs(String sessionId) throws SQLException {
        return longs("SELECT seq FROM session_events WHERE session_id = ? ORDER BY seq", sessionId);
    }

    private static List<Long> longs(String query, String sessionId) throws SQLException {
        try (Connection sql = running.server().sql(); PreparedStatement rows = sql.prepareStatement(query)) {
            rows.setString(1, sessionId);
            List<Long> found = new ArrayList<>();
            try (ResultSet row = rows.executeQuery()) {
                while (row.next()) {
                    found.add(row.getLong(1));
                }
            }
            return found;
        }
    }

    /** A claim is being made (not yet committed) when the old owner writes: the write waits, then stores nothing. */
    private static List<Long> staleWriteDuringClaim(boolean weakened) throws Exception {
        String sessionId = newSession("Claimed while written " + weakened);
        try (Connection claimer = running.server().sql(); Connection writer = running.server().sql()) {
            claimer.setAutoCommit(false);
            assertEquals(1, claim(claimer, sessionId));
            CompletableFuture<Long> write = CompletableFuture.supplyAsync(() -> {
                try {
                    return write(writer, weakened, sessionId, 3, 0);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            boolean waited = waits(write);
            claimer.commit();
            write.get(10, TimeUnit.SECONDS);
            assertEquals(!weakened, waited, weakened ? "FOR KEY SHARE does not wait for the claim" : "the write waits for the claim");
        }
        return storedAt3(sessionId);
    }

    /** The old owner is writing (not yet committed) when the claim comes: the claim waits, and the write is kept. */
    private static boolean claimWaitsForWrite(boolean weakened) throws Exception {
        String sessionId = newSession("Written while claimed " + weakened);
        try (Connection claimer = running.server().sql(); Connection writer = running.server().sql()) {
            writer.setAutoCommit(false);
            assertEquals(0, write(writer, weakened, sessionId, 3, 0));
            CompletableFuture<Long> claim = CompletableFuture.supplyAsync(() -> {
                try {
                    return claim(claimer, sessionId);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            boolean waited = waits(claim);
            writer.commit();
            assertEquals(1, claim.get(10, TimeUnit.SECONDS));
            assertEquals(List.of(0L), storedAt3(sessionId), "the write committed before the claim: the new owner's history has it");
            return waited;
        }
    }

    private static boolean waits(CompletableFuture<?> statement) throws Exception {
        try {
            statement.get(500, TimeUnit.MILLISECONDS);
            return false;
        } catch (TimeoutException stillWaiting) {
            return true;
        }
    }

    @Test
    void a_room_that_claims_its_session_starts_from_the_stored_history_before_its_first_gap() throws Exception {
        JsonNode created = running.api().createSession("Gap after a crash", "forum", "Ada");
        String sessionId = created.path("sessionId").asText();
        List<Long> before = storedSeqs(sessionId);
        long last = before.get(before.size() - 1);
        try (Connection sql = running.server().sql()) {
            // What a dead owner leaves when its later batch committed and its earlier did not.
            write(sql, false, sessionId, last + 2, 0);
        }
        RoomClient ada = RoomClient.join(running.vertx(), running.server().port(), sessionId, created.path("facilitator").path("token").asText());
        try {
            // Not the last frame: a presence or durable frame may follow the welcome at once.
            JsonNode welcome = ada.await(frame -> "welcome".equals(frame.path("type").asText()));
            assertTrue(welcome.path("state").has("ended"), "the welcome carries the session's state: " + welcome);
            assertFalse(welcome.path("state").path("ended").asBoolean(), "the event after the gap is not applied");
            List<Long> after = storedSeqs(sessionId);
            assertFalse(after.contains(last + 2), "the event after the gap is no longer stored: " + after);
            assertEquals(before, after.subList(0, before.size()), "everything before the gap is kept");
            for (int i = 1; i < after.size(); i++) {
                assertEquals(after.get(i - 1) + 1, after.get(i), "the history goes on without a gap: " + after);
            }
        } finally {
            ada.close();
        }
    }

    @Test
    void a_write_under_the_old_epoch_while_a_claim_commits_waits_and_stores_nothing() throws Exception {
        assertEquals(List.of(), staleWriteDuringClaim(false), "nothing of the old owner after the claim");
    }

    @Test
    void a_claim_while_the_old_owner_writes_waits_for_the_write_which_is_kept() throws Exception {
        assertTrue(claimWaitsForWrite(false), "the claim waits for the write holding the row");
    }

    @Test
    void for_key_share_would_let_a_stale_write_through_and_the_claim_would_not_wait() throws Exception {
        assertEquals(List.of(0L), staleWriteDuringClaim(true), "weakened, the old owner's row is stored after the claim");
        assertFalse(claimWaitsForWrite(true), "weakened, the claim does not wait for the write");
    }

    @Test
    void after_a_committed_claim_the_old_epoch_writes_nothing_a_retry_of_its_own_is_recognised_and_other_sessions_go_on()
            throws Exception {
        String claimed = newSession("Claimed");
        String untouched = newSession("Untouched");
        try (Connection sql = running.server().sql()) {
            assertEquals(1, claim(sql, claimed));
            assertEquals(1, write(sql, false, claimed, 3, 0), "the statement reports the new epoch: fenced");
            assertEquals(List.of(), storedAt3(claimed));
            assertEquals(1, write(sql, false, claimed, 3, 1), "the owner writes");
            assertEquals(1, write(sql, false, claimed, 3, 1), "the same batch again (its answer was lost): still one row");
            assertEquals(List.of(1L), storedAt3(claimed));
            assertEquals(0, write(sql, false, untouched, 3, 0));
            assertEquals(List.of(0L), storedAt3(untouched), "a session nobody claimed is written as before");
        }
    }
}
