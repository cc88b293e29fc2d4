package roundtable.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the event log: one statement writes a whole batch, fenced by each session's owner epoch;
 * reads return a session's history.
 */
public final class EventQueries {

    /**
     * What the database says of one session of a batch: its owner epoch now, and how many of the batch's
     * events met a seq already stored by another epoch (two histories: must never happen).
     */
    public record Fence(long ownerEpoch, long clashes) {
    }

    // unnest turns seven parallel arrays into rows: a batch of any size is one round trip.
    // The fence: FOR SHARE on each session's row conflicts with a claim's UPDATE, so a write and a
    // claim are ordered: a write started before the claim commits first and is in the new owner's
    // history; one that comes after sees the new epoch and stores nothing. (FOR KEY SHARE, what the
    // foreign key takes, does not conflict with that UPDATE and lets a stale write through: FenceIT.)
    // Events of a session deleted meanwhile drop out at the join: deleting means forgetting, and one
    // missing session must never hold up everyone else's events. The clashes are counted once and
    // joined: looked up per session, they scanned the whole batch for each (200 sessions × 2,000
    // events: half of a batch's time).
    static final String INSERT = """
            WITH batch AS (
                SELECT * FROM unnest($1::text[], $2::int8[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int8[])
                              AS e(s, q, a, o, t, p, ep)
            ), fence AS (
                SELECT x.id, x.owner_epoch FROM sessions x WHERE x.id IN (SELECT s FROM batch) FOR SHARE
            ), clash AS (
                SELECT b.s, count(*) AS n FROM batch b
                  JOIN session_events e ON e.session_id = b.s AND e.seq = b.q AND e.epoch <> b.ep
                 GROUP BY b.s
            ), ins AS (
                INSERT INTO session_events (session_id, seq, actor_id, op_id, type, payload, epoch)
                SELECT b.s, b.q, b.a, b.o, b.t, b.p::jsonb, b.ep FROM batch b JOIN fence f ON f.id = b.s AND f.owner_epoch = b.ep
                ON CONFLICT (session_id, seq) DO NOTHING
                RETURNING session_id
            )
            SELECT f.id, f.owner_epoch, coalesce(c.n, 0) AS clashes
              FROM fence f LEFT JOIN clash c ON c.s = f.id""";

    private static final String SELECT = """
            SELECT seq, actor_id, op_id, type, payload::text AS json, epoch
              FROM session_events WHERE session_id = $1 ORDER BY seq""";

    private static final String SELECT_BETWEEN = """
            SELECT seq, actor_id, op_id, type, payload::text AS json, epoch
              FROM session_events WHERE session_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq""";

    private EventQueries() {
    }

    /** Writes what the fence lets through; answers, per session still there, its owner epoch and clashes. */
    public static Future<Map<String, Fence>> insert(SqlClient client, List<StoredEvent> batch) {
        return client.preparedQuery(INSERT).execute(columns(batch)).map(rows -> {
            Map<String, Fence> fences = new HashMap<>();
            for (Row row : rows) {
                fences.put(row.getString("id"), new Fence(row.getLong("owner_epoch"), row.getLong("clashes")));
            }
            return fences;
        });
    }

    /**
     * A batch and the read models it feeds, all or nothing. The read models are fed only the events
     * the fence let through.
     */
    public static Future<Map<String, Fence>> append(Pool pool, List<StoredEvent> batch) {
        return pool.withTransaction(conn -> insert(conn, batch).compose(fences -> CommitmentProjection
                .apply(conn, batch.stream().filter(event -> stored(event, fences)).toList())
                .map(fences)));
    }

    /** Whether the fence let this event through: its session is there, its writer still owns it, no clash. */
    public static boolean stored(StoredEvent event, Map<String, Fence> fences) {
        Fence fence = fences.get(event.sessionId());
        return fence != null && fence.ownerEpoch() == event.epoch() && fence.clashes() == 0;
    }

    public static Future<List<StoredEvent>> history(Pool pool, String sessionId) {
        return read(pool.preparedQuery(SELECT).execute(Tuple.of(sessionId)), sessionId);
    }

    /** The stored events with {@code after < seq <= upTo}, in order: what a resuming client missed. */
    public static Future<List<StoredEvent>> historyBetween(Pool pool, String sessionId, long after, long upTo) {
        return read(pool.preparedQuery(SELECT_BETWEEN).execute(Tuple.of(sessionId, after, upTo)), sessionId);
    }

    private static Future<List<StoredEvent>> read(Future<io.vertx.sqlclient.RowSet<Row>> query, String sessionId) {
        return query.map(rows -> {
            List<StoredEvent> events = new ArrayList<>(rows.size());
            for (Row row : rows) {
                events.add(new StoredEvent(sessionId, row.getLong("seq"), row.getString("actor_id"),
                        row.getString("op_id"), row.getString("type"), row.getString("json"), row.getLong("epoch")));
            }
            return events;
        });
    }

    static Tuple columns(List<StoredEvent> batch) {
        int n = batch.size();
        String[] sessions = new String[n];
        Long[] seqs = new Long[n];
        String[] actors = new String[n];
        String[] ops = new String[n];
        String[] types = new String[n];
        String[] payloads = new String[n];
        Long[] epochs = new Long[n];
        for (int i = 0; i < n; i++) {
            StoredEvent event = batch.get(i);
            sessions[i] = event.sessionId();
            seqs[i] = event.seq();
            actors[i] = event.actorId();
            ops[i] = event.opId();
            types[i] = event.type();
            payloads[i] = event.json();
            epochs[i] = event.epoch();
        }
        return Tuple.of(sessions, seqs, actors, ops, types, payloads, epochs);
    }
}
