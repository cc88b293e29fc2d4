package roundtable.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import roundtable.domain.ProductName;
import roundtable.domain.TopicDraft;
import roundtable.domain.TopicStatus;
import roundtable.wire.Json;

/** A group's backlog of knowledge gaps and topics, with one upvote per member and topic. */
public final class TopicBacklog {

    /** A topic as the vote needs it. */
    public record Topic(String id, TopicStatus status) {
    }

    /** A vote's outcome: how many votes the topic has now, and whether the caller's is among them. */
    public record Tally(int votes, boolean votedByMe) {
    }

    // Open topics first, then those picked for coming sessions, then those covered; the most
    // wanted first within each.
    private static final String LIST = """
            SELECT t.id, t.proposer_id, t.proposer_name, t.title, t.details, t.status, t.created_at,
                   count(v.member_id)::int AS votes, coalesce(bool_or(v.member_id = $2), false) AS voted_by_me
              FROM topics t LEFT JOIN topic_votes v ON v.topic_id = t.id
             WHERE t.group_id = $1
             GROUP BY t.id
             ORDER BY CASE t.status WHEN 'open' THEN 0 WHEN 'picked' THEN 1 ELSE 2 END, votes DESC, t.created_at, t.id""";

    // Both statements see the same snapshot: the insert happens only when there was nothing to
    // delete. Two clicks racing both insert; the key keeps one, and DO NOTHING keeps the peace.
    private static final String TOGGLE = """
            WITH withdrawn AS (DELETE FROM topic_votes WHERE topic_id = $1 AND member_id = $2 RETURNING 1)
            INSERT INTO topic_votes (topic_id, member_id)
            SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM withdrawn)
            ON CONFLICT DO NOTHING""";

    private final Pool pool;

    public TopicBacklog(Pool pool) {
        this.pool = pool;
    }

    public Future<Void> propose(String id, String groupId, String proposerId, String proposerName, TopicDraft topic) {
        return pool.preparedQuery("""
                        INSERT INTO topics (id, group_id, proposer_id, proposer_name, title, details)
                        VALUES ($1, $2, $3, $4, $5, $6)""")
                .execute(Tuple.of(id, groupId, proposerId, proposerName, topic.title(), topic.details()))
                .mapEmpty();
    }

    /** The backlog as {@code viewerId} sees it: every topic with its votes and whether one is theirs. */
    public Future<List<JsonNode>> list(String groupId, String viewerId) {
        return pool.preparedQuery(LIST).execute(Tuple.of(groupId, viewerId)).map(rows -> {
            List<JsonNode> topics = new ArrayList<>(rows.size());
            for (Row row : rows) {
                topics.add(Json.MAPPER.createObjectNode()
                        .put("id", row.getString("id"))
                        .put("title", row.getString("title"))
                        .put("details", row.getString("details"))
                        .put("status", row.getString("status"))
                        .put("proposerId", row.getString("proposer_id"))
                        .put("proposerName", row.getString("proposer_name"))
                        .put("createdAt", row.getOffsetDateTime("created_at").toInstant().toEpochMilli())
                        .put("votes", row.getInteger("votes"))
                        .put("votedByMe", row.getBoolean("voted_by_me")));
            }
            return topics;
        });
    }

    /** The group's topic, or empty when the group has none by that id. */
    public Future<Optional<Topic>> topic(String groupId, String topicId) {
        return pool.preparedQuery("SELECT id, status FROM topics WHERE group_id = $1 AND id = $2")
                .execute(Tuple.of(groupId, topicId))
                .map(rows -> rows.size() == 0 ? Optional.<Topic>empty() : Optional.of(new Topic(
                        rows.iterator().next().getString("id"),
                        ProductName.find(TopicStatus.values(), rows.iterator().next().getString("status")).orElseThrow())));
    }

    /** Adds the member's upvote, or takes it back when they had given it. */
    public Future<Tally> toggleVote(String topicId, String memberId) {
        return pool.withTransaction(conn -> conn.preparedQuery(TOGGLE).execute(Tuple.of(topicId, memberId))
                .compose(toggled -> conn.preparedQuery("""
                                SELECT count(*)::int AS votes, coalesce(bool_or(member_id = $2), false) AS mine
                                  FROM topic_votes WHERE topic_id = $1""")
                        .execute(Tuple.of(topicId, memberId)))
                .map(rows -> new Tally(rows.iterator().next().getInteger("votes"),
                        rows.iterator().next().getBoolean("mine"))));
    }

    /** False when the group has no such topic. */
    public Future<Boolean> setStatus(String groupId, String topicId, TopicStatus status) {
        return pool.preparedQuery("UPDATE topics SET status = $3 WHERE group_id = $1 AND id = $2")
                .execute(Tuple.of(groupId, topicId, status.toString()))
                .map(rows -> rows.rowCount() == 1);
    }
}
