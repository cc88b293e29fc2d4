package roundtable.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import roundtable.domain.Commitment;
import roundtable.domain.Event;
import roundtable.wire.EventCodec;

/**
 * Keeps the commitments read model in step with the log: written in the same transaction as the
 * events it comes from, so the two never disagree. Sessions without a group have no read model.
 */
final class CommitmentProjection {

    private static final String ADDED = """
            INSERT INTO commitments (id, group_id, session_id, owner_id, owner_name, text, due_date, status, created_at)
            SELECT $1, s.group_id, s.id, $3, $4, $5, $6, $7, $8 FROM sessions s
             WHERE s.id = $2 AND s.group_id IS NOT NULL
            ON CONFLICT (id) DO NOTHING""";

    private static final String STATUS = "UPDATE commitments SET status = $2 WHERE id = $1";

    // A report given in a session deleted meanwhile is skipped, as its events are (see EventQueries).
    private static final String REPORT = """
            INSERT INTO commitment_reports (commitment_id, session_id, status, tried, happened, differently, reported_at)
            SELECT c.id, $2, $3, $4, $5, $6, $7 FROM commitments c
             WHERE c.id = $1 AND EXISTS (SELECT 1 FROM sessions x WHERE x.id = $2)
            ON CONFLICT (commitment_id, session_id) DO UPDATE
               SET status = excluded.status, tried = excluded.tried, happened = excluded.happened,
                   differently = excluded.differently, reported_at = excluded.reported_at""";

    private CommitmentProjection() {
    }

    static Future<Void> apply(SqlClient client, List<StoredEvent> batch) {
        Future<Void> done = Future.succeededFuture();
        for (StoredEvent stored : batch) {
            if (stored.type().startsWith("commitment.")) {
                done = done.compose(previous -> project(client, stored));
            }
        }
        return done;
    }

    private static Future<Void> project(SqlClient client, StoredEvent stored) {
        Event event = stored.event() != null ? stored.event() : EventCodec.decode(stored.json());
        if (event instanceof Event.CommitmentAdded added) {
            Commitment c = added.commitment();
            return client.preparedQuery(ADDED).execute(Tuple.from(new Object[] {c.id(), stored.sessionId(), c.ownerId(),
                    c.ownerName(), c.text(), c.dueDate() == null ? null : LocalDate.parse(c.dueDate()),
                    c.status().toString(), time(added.at())})).mapEmpty();
        }
        if (event instanceof Event.CommitmentReported reported) {
            Commitment c = reported.commitment();
            Commitment.Report report = c.report();
            return client.preparedQuery(STATUS).execute(Tuple.of(c.id(), c.status().toString()))
                    .compose(updated -> client.preparedQuery(REPORT).execute(Tuple.from(new Object[] {c.id(),
                            stored.sessionId(), c.status().toString(), report.tried(), report.happened(),
                            report.differently(), time(report.at())})))
                    .mapEmpty();
        }
        return Future.succeededFuture();
    }

    private static OffsetDateTime time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC);
    }
}
