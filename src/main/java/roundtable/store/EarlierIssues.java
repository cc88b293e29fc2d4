package roundtable.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import roundtable.wire.EventTypes;
import roundtable.wire.Json;

/**
 * Earlier sessions of a group in which a similar issue was raised, found in the event log itself.
 *
 * <p>There is no read model of cards: a session's issue is whatever its issue cards say as kept,
 * which takes several events to know (added, edited, moved or reacted to, revealed, removed). The
 * query takes each card's last kept version, drops removed cards and unrevealed drafts, and
 * indexes the result on the fly with to_tsvector. A group holds a few dozen sessions, so that is
 * cheap; a table of issue texts kept by a projection is the step to take when groups grow past it.
 * Under the recording policy "commitments and knowledge only" no card is kept, so no session of
 * such a group is ever found here: the policy holds for search too.
 */
public final class EarlierIssues {

    private static final String SIMILAR = """
            WITH earlier AS (
                SELECT s.id, s.created_at FROM sessions s
                 WHERE s.group_id = $1 AND s.created_at < (SELECT created_at FROM sessions WHERE id = $2)
            ), versions AS (
                SELECT e.session_id, e.seq, e.payload->'card' AS card
                  FROM session_events e JOIN earlier ON earlier.id = e.session_id
                 WHERE e.type = ANY($5::text[])
                UNION ALL
                SELECT e.session_id, e.seq, revealed.card
                  FROM session_events e JOIN earlier ON earlier.id = e.session_id
                 CROSS JOIN jsonb_array_elements(e.payload->'cards') AS revealed (card)
                 WHERE e.type = 'cards.revealed'
            ), cards AS (
                SELECT DISTINCT ON (session_id, card->>'id') session_id, card,
                       min(seq) OVER (PARTITION BY session_id, card->>'id') AS added_seq
                  FROM versions
                 ORDER BY session_id, card->>'id', seq DESC
            ), issues AS (
                SELECT c.session_id, string_agg(c.card->>'text', E'\\n' ORDER BY c.added_seq) AS issue
                  FROM cards c
                 WHERE c.card->>'kind' = 'issue' AND (c.card->>'hidden')::boolean IS NOT TRUE
                   AND c.card->>'text' IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM session_events r
                                    WHERE r.session_id = c.session_id AND r.type = 'card.removed'
                                      AND r.payload->>'cardId' = c.card->>'id')
                 GROUP BY c.session_id
            )
            SELECT i.session_id, created.payload->>'title' AS title, earlier.created_at, i.issue,
                   ts_headline('english', i.issue, q,
                               'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet,
                   ts_rank_cd(to_tsvector('english', i.issue), q) AS rank
              FROM issues i
              JOIN earlier ON earlier.id = i.session_id
              JOIN session_events created ON created.session_id = i.session_id AND created.seq = 1,
                   any_word_of($3) AS q
             WHERE to_tsvector('english', i.issue) @@ q
             ORDER BY rank DESC, earlier.created_at DESC
             LIMIT $4""";

    /** The stored types of every event that carries a card as it now is: derived, never listed by hand. */
    private static final String[] CARD_EVENTS = EventTypes.cardEventNames().toArray(new String[0]);

    private final Pool pool;

    public EarlierIssues(Pool pool) {
        this.pool = pool;
    }

    /** Up to {@code limit} sessions of the group, created before {@code sessionId}, whose issue shares most words with {@code issue}. */
    public Future<List<JsonNode>> similarTo(String groupId, String sessionId, String issue, int limit) {
        return pool.preparedQuery(SIMILAR).execute(Tuple.of(groupId, sessionId, issue, limit, CARD_EVENTS)).map(rows -> {
            List<JsonNode> sessions = new ArrayList<>(rows.size());
            for (Row row : rows) {
                sessions.add(Json.MAPPER.createObjectNode()
                        .put("sessionId", row.getString("session_id"))
                        .put("title", row.getString("title"))
                        .put("createdAt", row.getOffsetDateTime("created_at").toInstant().toEpochMilli())
                        .put("issue", row.getString("issue"))
                        .put("snippet", row.getString("snippet"))
                        .put("rank", row.getFloat("rank")));
            }
            return sessions;
        });
    }
}
