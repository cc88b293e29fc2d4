package roundtable.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sessions and their credentials. Secrets arrive here already hashed and are only compared. */
public final class SessionRecords {

    /** Whom a token belongs to. */
    public record Credential(String sessionId, String participantId) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SessionRecords.class);

    private final Pool pool;

    public SessionRecords(Pool pool) {
        this.pool = pool;
    }

    /** A new session with its first events and the facilitator's credential, all or nothing. */
    public Future<Void> create(String sessionId, String groupId, byte[] inviteHash, byte[] facilitatorTokenHash,
                               String facilitatorId, List<StoredEvent> firstEvents) {
        return pool.withTransaction(conn -> conn
                .preparedQuery("INSERT INTO sessions (id, group_id, invite_hash) VALUES ($1, $2, $3)")
                .execute(Tuple.of(sessionId, groupId, Buffer.buffer(inviteHash)))
                .compose(inserted -> addCredential(conn, facilitatorTokenHash, sessionId, facilitatorId))
                .compose(added -> EventQueries.insert(conn, firstEvents)).mapEmpty());
    }

    public Future<Boolean> inviteMatches(String sessionId, byte[] inviteHash) {
        return pool.preparedQuery("SELECT 1 FROM sessions WHERE id = $1 AND invite_hash = $2")
                .execute(Tuple.of(sessionId, Buffer.buffer(inviteHash)))
                .map(rows -> rows.size() == 1);
    }

    /** The group a session belongs to, if it does. */
    public Future<Optional<String>> groupOf(String sessionId) {
        return pool.preparedQuery("SELECT group_id FROM sessions WHERE id = $1")
                .execute(Tuple.of(sessionId))
                .map(rows -> rows.size() == 0 ? Optional.<String>empty()
                        : Optional.ofNullable(rows.iterator().next().getString("group_id")));
    }

    /** A group's sessions, oldest first. */
    public Future<List<String>> sessionsOf(String groupId) {
        return pool.preparedQuery("SELECT id FROM sessions WHERE group_id = $1 ORDER BY created_at, id")
                .execute(Tuple.of(groupId))
                .map(rows -> strings(rows, "id"));
    }

    public Future<Boolean> exists(String sessionId) {
        return pool.preparedQuery("SELECT 1 FROM sessions WHERE id = $1")
                .execute(Tuple.of(sessionId))
                .map(rows -> rows.size() == 1);
    }

    public Future<Void> addCredential(byte[] tokenHash, String sessionId, String participantId) {
        return addCredential(pool, tokenHash, sessionId, participantId);
    }

    public Future<Optional<Credential>> credential(byte[] tokenHash) {
        return pool.preparedQuery("SELECT session_id, participant_id FROM credentials WHERE token_hash = $1")
                .execute(Tuple.of(Buffer.buffer(tokenHash)))
                .map(rows -> rows.size() == 0 ? Optional.<Credential>empty()
                        : Optional.of(new Credential(rows.iterator().next().getString("session_id"),
                        rows.iterator().next().getString("participant_id"))));
    }

    /**
     * Whom each of these tokens belongs to, in one query: a burst of hellos (a restart, a failover) is
     * looked up a batch at a time, not one query each. Keyed by the hash in hex; unknown ones are absent.
     */
    public Future<Map<String, Credential>> credentials(List<byte[]> tokenHashes) {
        Buffer[] hashes = tokenHashes.stream().map(Buffer::buffer).toArray(Buffer[]::new);
        return pool.preparedQuery("SELECT token_hash, session_id, participant_id FROM credentials WHERE token_hash = ANY($1)")
                .execute(Tuple.of(hashes))
                .map(rows -> {
                    Map<String, Credential> found = new HashMap<>();
                    for (Row row : rows) {
                        found.put(HexFormat.of().formatHex(row.getBuffer("token_hash").getBytes()),
                                new Credential(row.getString("session_id"), row.getString("participant_id")));
                    }
                    return found;
                });
    }

    /**
     * Claims the session for {@code node} under a new owner epoch, unless a node in {@code liveNodes}
     * other than {@code node} owns it. A claim waits for batches being written under the old epoch
     * (they hold the row FOR SHARE) and stops every later one: see {@link EventQueries}. Then the
     * stored history is cut back to where it has no gap (see {@link #GAP_FREE}).
     */
    public Future<SessionLog.Claim> claim(String sessionId, String node, List<String> liveNodes) {
        return pool.withTransaction(conn -> conn.preparedQuery(CLAIM)
                .execute(Tuple.of(sessionId, node, liveNodes.toArray(String[]::new)))
                .compose(rows -> {
                    if (rows.size() != 1) {
                        return conn.preparedQuery("SELECT owner_node FROM sessions WHERE id = $1").execute(Tuple.of(sessionId))
                                .map(owner -> new SessionLog.Claim(0, owner.size() == 0 ? null
                                        : owner.iterator().next().getString("owner_node")));
                    }
                    long epoch = rows.iterator().next().getLong("owner_epoch");
                    return conn.preparedQuery(GAP_FREE).execute(Tuple.of(sessionId)).map(cut -> {
                        if (cut.rowCount() > 0) {
                            LOG.atWarn().addKeyValue("sessionId", sessionId).addKeyValue("epoch", epoch)
                                    .log("{} stored events of session {} followed a seq that was never stored and were"
                                            + " dropped as its owner epoch {} began: no client was told they were durable,"
                                            + " so their commands are sent again", cut.rowCount(), sessionId, epoch);
                        }
                        return new SessionLog.Claim(epoch, node);
                    });
                }));
    }

    private static final String CLAIM = """
            UPDATE sessions SET owner_epoch = owner_epoch + 1, owner_node = $2
             WHERE id = $1 AND (owner_node IS NULL OR owner_node = $2 OR NOT (owner_node = ANY($3::text[])))
            RETURNING owner_epoch""";

    // Two batches commit at once (EventLog), so an owner that dies may leave the later one stored and
    // not the earlier, and an event the database refused is set aside while later ones are stored. No
    // client was told that anything after such a gap is durable (durability is announced in seq
    // order), so the new epoch starts from the gap-free prefix: otherwise a client that heard an event
    // lost in the gap could resume as if it were stored. A separate statement, so it sees what the
    // batches the claim waited for committed; nobody writes the session until the claim commits.
    private static final String GAP_FREE = """
            DELETE FROM session_events WHERE session_id = $1 AND seq > (
                SELECT coalesce(min(e.seq), 0) FROM session_events e
                 WHERE e.session_id = $1
                   AND NOT EXISTS (SELECT 1 FROM session_events n WHERE n.session_id = $1 AND n.seq = e.seq + 1))""";

    /** The node that owns the session now, if any; empty too for a session that does not exist. */
    public Future<Optional<String>> ownerOf(String sessionId) {
        return pool.preparedQuery("SELECT owner_node FROM sessions WHERE id = $1").execute(Tuple.of(sessionId))
                .map(rows -> rows.size() == 0 ? Optional.<String>empty()
                        : Optional.ofNullable(rows.iterator().next().getString("owner_node")));
    }

    public Future<Map<String, Long>> ownerEpochs(List<String> sessionIds) {
        return pool.preparedQuery("SELECT id, owner_epoch FROM sessions WHERE id = ANY($1)")
                .execute(Tuple.of(sessionIds.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Long> epochs = new HashMap<>();
                    rows.forEach(row -> epochs.put(row.getString("id"), row.getLong("owner_epoch")));
                    return epochs;
                });
    }

    /** Lets go of every session {@code node} owns, as it leaves: the next node to open one claims it at once. */
    public Future<Integer> release(String node) {
        return pool.preparedQuery("UPDATE sessions SET owner_node = NULL WHERE owner_node = $1")
                .execute(Tuple.of(node)).map(rows -> rows.rowCount());
    }

    /** Each live session (as {@link #liveSessionIds}) with the node that owns it, or null. */
    public Future<Map<String, String>> liveSessionOwners() {
        return pool.query(LIVE.replace("SELECT s.id FROM", "SELECT s.id, s.owner_node FROM")).execute().map(rows -> {
            Map<String, String> owners = new HashMap<>();
            rows.forEach(row -> owners.put(row.getString("id"), row.getString("owner_node")));
            return owners;
        });
    }

    /**
     * Sessions that may have a clock running: active in the last day and not ended. Their rooms are
     * opened at start so that a timer runs out even when nobody reconnects.
     */
    public Future<List<String>> liveSessionIds() {
        return pool.query(LIVE).execute().map(rows -> strings(rows, "id"));
    }

    private static final String LIVE = """
            SELECT s.id FROM sessions s
             WHERE EXISTS (SELECT 1 FROM session_events e
                            WHERE e.session_id = s.id AND e.recorded_at > now() - interval '1 day')
               AND NOT EXISTS (SELECT 1 FROM session_events e
                                WHERE e.session_id = s.id AND e.type = 'session.ended')""";

    /**
     * Deletes the session; the schema's cascades remove everything it owns (events, credentials,
     * recap links, commitments made in it and reports given in it, knowledge documented in it).
     * False when there was no such session.
     */
    public Future<Boolean> delete(String sessionId) {
        return pool.preparedQuery("DELETE FROM sessions WHERE id = $1")
                .execute(Tuple.of(sessionId))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Up to {@code limit} sessions that ended (their {@code session.ended} event was recorded) more
     * than {@code days} days ago.
     */
    public Future<List<String>> endedBefore(int days, int limit) {
        return pool.preparedQuery("""
                        SELECT session_id FROM session_events
                         WHERE type = 'session.ended' AND recorded_at < now() - make_interval(days => $1)
                         ORDER BY recorded_at LIMIT $2""")
                .execute(Tuple.of(days, limit))
                .map(rows -> strings(rows, "session_id"));
    }

    /** Deletes those of these sessions that still ended more than {@code days} days ago; how many went. */
    public Future<Integer> deleteEndedBefore(List<String> sessionIds, int days) {
        return pool.preparedQuery("""
                        DELETE FROM sessions s
                         WHERE s.id = ANY($1::text[])
                           AND EXISTS (SELECT 1 FROM session_events e
                                        WHERE e.session_id = s.id AND e.type = 'session.ended'
                                          AND e.recorded_at < now() - make_interval(days => $2))""")
                .execute(Tuple.of(sessionIds.toArray(new String[0]), days))
                .map(rows -> rows.rowCount());
    }

    public Future<List<StoredEvent>> history(String sessionId) {
        return EventQueries.history(pool, sessionId);
    }

    /** The stored events with {@code after < seq <= upTo}, in order. */
    public Future<List<StoredEvent>> historyBetween(String sessionId, long after, long upTo) {
        return EventQueries.historyBetween(pool, sessionId, after, upTo);
    }

    private static Future<Void> addCredential(io.vertx.sqlclient.SqlClient client, byte[] tokenHash,
                                              String sessionId, String participantId) {
        return client.preparedQuery("INSERT INTO credentials (token_hash, session_id, participant_id) VALUES ($1, $2, $3)")
                .execute(Tuple.of(Buffer.buffer(tokenHash), sessionId, participantId))
                .mapEmpty();
    }

    /** One text column of every row, in order. */
    private static List<String> strings(RowSet<Row> rows, String column) {
        List<String> values = new ArrayList<>(rows.size());
        rows.forEach(row -> values.add(row.getString(column)));
        return values;
    }
}
