package roundtable.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import roundtable.domain.Commitment;
import roundtable.domain.CommitmentStatus;
import roundtable.wire.Json;

/** A group's commitments as the read model holds them. */
public final class CommitmentQueries {

    private static final String HISTORY = """
            SELECT c.id, c.owner_id, c.owner_name, c.text, c.due_date, c.status, c.session_id, c.created_at,
                   coalesce(json_agg(json_build_object(
                       'sessionId', r.session_id, 'status', r.status, 'tried', r.tried, 'happened', r.happened,
                       'differently', r.differently,
                       'at', (extract(epoch FROM r.reported_at) * 1000)::bigint) ORDER BY r.reported_at)
                     FILTER (WHERE r.commitment_id IS NOT NULL), '[]')::text AS reports
              FROM commitments c LEFT JOIN commitment_reports r ON r.commitment_id = c.id
             WHERE c.group_id = $1
             GROUP BY c.id
             ORDER BY c.created_at, c.id""";

    private final Pool pool;

    public CommitmentQueries(Pool pool) {
        this.pool = pool;
    }

    /** What is still open, to bring into the group's next session. */
    public Future<List<Commitment>> open(String groupId) {
        return pool.preparedQuery("""
                        SELECT id, owner_id, owner_name, text, due_date, session_id FROM commitments
                         WHERE group_id = $1 AND status = 'open' ORDER BY created_at, id""")
                .execute(Tuple.of(groupId))
                .map(rows -> {
                    List<Commitment> open = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        LocalDate due = row.getLocalDate("due_date");
                        open.add(new Commitment(row.getString("id"), row.getString("owner_id"), row.getString("owner_name"),
                                row.getString("text"), due == null ? null : due.toString(), CommitmentStatus.OPEN,
                                row.getString("session_id"), null));
                    }
                    return open;
                });
    }

    /** Every commitment of the group with every report on it, oldest first. */
    public Future<List<JsonNode>> history(String groupId) {
        return pool.preparedQuery(HISTORY).execute(Tuple.of(groupId)).map(rows -> {
            List<JsonNode> history = new ArrayList<>(rows.size());
            for (Row row : rows) {
                LocalDate due = row.getLocalDate("due_date");
                var entry = Json.MAPPER.createObjectNode()
                        .put("id", row.getString("id"))
                        .put("ownerId", row.getString("owner_id"))
                        .put("ownerName", row.getString("owner_name"))
                        .put("text", row.getString("text"))
                        .put("dueDate", due == null ? null : due.toString())
                        .put("status", row.getString("status"))
                        .put("sessionId", row.getString("session_id"));
                try {
                    entry.set("reports", Json.MAPPER.readTree(row.getString("reports")));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException("reports of commitment " + row.getString("id") + " do not read", e);
                }
                history.add(entry);
            }
            return history;
        });
    }
}
