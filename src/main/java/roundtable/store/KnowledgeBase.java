package roundtable.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import roundtable.domain.Circulation;
import roundtable.domain.KnowledgeDraft;
import roundtable.wire.Json;

/**
 * A group's knowledge entries and the full-text search over them. Snippets come from ts_headline
 * with « and » around the words that matched: plain characters, never markup, so a client shows
 * them as text and an entry cannot smuggle HTML into anyone's page.
 */
public final class KnowledgeBase {

    /** How many entries one answer holds at most. */
    public static final int PAGE = 100;

    /** Who wrote an entry, and in which session; every part but the group may be null. */
    public record Source(String groupId, String sessionId, String authorId, String authorName) {
    }

    private static final String COLUMNS = """
            k.id, k.context, k.approach, k.outcome, k.tags, k.author_id, k.author_name, k.session_id,
            k.visibility, k.created_at""";

    private static final String HEADLINE = """
            ts_headline('english', k.context || ' → ' || k.approach || ' → ' || k.outcome, q,
                        'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')""";

    // $3: a tag the entries must carry, or null for any.
    private static final String SEARCH = "SELECT " + COLUMNS + ", " + HEADLINE + """
             AS snippet, ts_rank_cd(k.search, q) AS rank
              FROM knowledge k, websearch_to_tsquery('english', $2) AS q
             WHERE k.group_id = $1 AND k.search @@ q AND ($3::text IS NULL OR $3 = ANY (k.tags))
             ORDER BY rank DESC, k.created_at DESC, k.id
             LIMIT""" + " " + PAGE;

    private static final String NEWEST = "SELECT " + COLUMNS + """
            , CASE WHEN length(k.context) > 160 THEN left(k.context, 159) || '…' ELSE k.context END AS snippet,
              0::real AS rank
              FROM knowledge k
             WHERE k.group_id = $1 AND ($2::text IS NULL OR $2 = ANY (k.tags))
             ORDER BY k.created_at DESC, k.id
             LIMIT""" + " " + PAGE;

    // $3: whether entries kept in the circle may be shown (false for a guest of the group's session).
    private static final String SIMILAR = "SELECT " + COLUMNS + ", " + HEADLINE + """
             AS snippet, ts_rank_cd(k.search, q) AS rank
              FROM knowledge k, any_word_of($2) AS q
             WHERE k.group_id = $1 AND k.search @@ q AND ($3 OR k.visibility = 'circulated')
             ORDER BY rank DESC, k.created_at DESC, k.id
             LIMIT $4""";

    private final Pool pool;

    public KnowledgeBase(Pool pool) {
        this.pool = pool;
    }

    public Future<Void> add(String id, Source source, KnowledgeDraft entry) {
        return pool.preparedQuery("""
                        INSERT INTO knowledge (id, group_id, session_id, author_id, author_name, context, approach, outcome, tags)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""")
                .execute(Tuple.from(new Object[] {id, source.groupId(), source.sessionId(), source.authorId(),
                        source.authorName(), entry.context(), entry.approach(), entry.outcome(),
                        entry.tags().toArray(String[]::new)}))
                .mapEmpty();
    }

    /** The group's entries matching {@code query} (web-search syntax: words, "phrases", or, -not), best first. */
    public Future<List<JsonNode>> search(String groupId, String query, String tag) {
        return pool.preparedQuery(SEARCH).execute(Tuple.of(groupId, query, tag)).map(KnowledgeBase::entries);
    }

    /** The group's entries, newest first, when there is nothing to search for. */
    public Future<List<JsonNode>> newest(String groupId, String tag) {
        return pool.preparedQuery(NEWEST).execute(Tuple.of(groupId, tag)).map(KnowledgeBase::entries);
    }

    /** Up to {@code limit} entries sharing the most words with {@code text}; {@code circleToo} false shows circulated ones only. */
    public Future<List<JsonNode>> similarTo(String groupId, String text, boolean circleToo, int limit) {
        return pool.preparedQuery(SIMILAR).execute(Tuple.of(groupId, text, circleToo, limit)).map(KnowledgeBase::entries);
    }

    /** False when the group has no such entry: another group's entry is not this keeper's to move. */
    public Future<Boolean> circulate(String groupId, String entryId, Circulation circulation) {
        return pool.preparedQuery("UPDATE knowledge SET visibility = $3 WHERE group_id = $1 AND id = $2")
                .execute(Tuple.of(groupId, entryId, circulation.toString()))
                .map(rows -> rows.rowCount() == 1);
    }

    private static List<JsonNode> entries(RowSet<Row> rows) {
        List<JsonNode> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ObjectNode entry = Json.MAPPER.createObjectNode()
                    .put("id", row.getString("id"))
                    .put("context", row.getString("context"))
                    .put("approach", row.getString("approach"))
                    .put("outcome", row.getString("outcome"));
            entry.set("tags", Json.MAPPER.valueToTree(row.getArrayOfStrings("tags")));
            entry.put("authorId", row.getString("author_id"))
                    .put("authorName", row.getString("author_name"))
                    .put("sessionId", row.getString("session_id"))
                    .put("visibility", row.getString("visibility"))
                    .put("createdAt", row.getOffsetDateTime("created_at").toInstant().toEpochMilli())
                    .put("snippet", row.getString("snippet"))
                    .put("rank", row.getFloat("rank"));
            entries.add(entry);
        }
        return entries;
    }
}
