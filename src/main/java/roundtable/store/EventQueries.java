package roundtable.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** The SQL of the event log: one statement writes a whole batch; reads return a session's history. */
public final class EventQueries {

    // unnest turns six parallel arrays into rows: a batch of any size is one round trip. Events of a
    // session deleted meanwhile (its group was deleted while it ran) are skipped: deleting means
    // forgetting, and one missing session must never hold up everyone else's events.
    private static final String INSERT = """
            INSERT INTO session_events (session_id, seq, actor_id, op_id, type, payload)
            SELECT s, q, a, o, t, p::jsonb
              FROM unnest($1::text[], $2::int8[], $3::text[], $4::text[], $5::text[], $6::text[]) AS e(s, q, a, o, t, p)
             WHERE EXISTS (SELECT 1 FROM sessions x WHERE x.id = e.s)
            ON CONFLICT (session_id, seq) DO NOTHING""";

    private static final String SELECT = """
            SELECT seq, actor_id, op_id, type, payload::text AS json
              FROM session_events WHERE session_id = $1 ORDER BY seq""";

    private static final String SELECT_BETWEEN = """
            SELECT seq, actor_id, op_id, type, payload::text AS json
              FROM session_events WHERE session_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq""";

    private EventQueries() {
    }

    public static Future<Void> insert(SqlClient client, List<StoredEvent> batch) {
        return client.preparedQuery(INSERT).execute(columns(batch)).mapEmpty();
    }

    /** A batch and the read models it feeds, all or nothing. */
    public static Future<Void> append(Pool pool, List<StoredEvent> batch) {
        return pool.withTransaction(conn -> insert(conn, batch).compose(inserted -> CommitmentProjection.apply(conn, batch)));
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
                        row.getString("op_id"), row.getString("type"), row.getString("json")));
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
        for (int i = 0; i < n; i++) {
            StoredEvent event = batch.get(i);
            sessions[i] = event.sessionId();
            seqs[i] = event.seq();
            actors[i] = event.actorId();
            ops[i] = event.opId();
            types[i] = event.type();
            payloads[i] = event.json();
        }
        return Tuple.of(sessions, seqs, actors, ops, types, payloads);
    }
}
