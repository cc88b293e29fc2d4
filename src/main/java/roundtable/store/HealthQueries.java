package roundtable.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a group's health needs besides its sessions' histories: when members joined, what was documented. */
public final class HealthQueries {

    private final Pool pool;

    public HealthQueries(Pool pool) {
        this.pool = pool;
    }

    /** When each member joined, epoch ms, so a session is measured against the group it had. */
    public Future<List<Long>> memberJoinTimes(String groupId) {
        return pool.preparedQuery("""
                        SELECT (extract(epoch FROM joined_at) * 1000)::bigint AS joined
                          FROM members WHERE group_id = $1""")
                .execute(Tuple.of(groupId))
                .map(rows -> {
                    List<Long> times = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        times.add(row.getLong("joined"));
                    }
                    return times;
                });
    }

    /** Session id to the number of knowledge entries written with it as their source. */
    public Future<Map<String, Integer>> knowledgeBySession(String groupId) {
        return pool.preparedQuery("""
                        SELECT session_id, count(*)::int AS entries FROM knowledge
                         WHERE group_id = $1 AND session_id IS NOT NULL GROUP BY session_id""")
                .execute(Tuple.of(groupId))
                .map(rows -> {
                    Map<String, Integer> entries = new HashMap<>();
                    for (Row row : rows) {
                        entries.put(row.getString("session_id"), row.getInteger("entries"));
                    }
                    return entries;
                });
    }
}
