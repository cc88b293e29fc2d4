package roundtable.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Groups and their members. Invite codes and member tokens arrive hashed and are only compared. */
public final class GroupRecords {

    /** A group's settings; {@code language} is the one its sessions are held in unless they name another. */
    public record Group(String id, String name, String agreement, int cadenceDays, String defaultProtocol,
                        String recordingPolicy, String language) {
    }

    /** A member as their token proves them; {@code rotationOrder} places them in the facilitator rotation. */
    public record Member(String id, String groupId, String name, boolean keeper, int rotationOrder) {
    }

    private final Pool pool;

    public GroupRecords(Pool pool) {
        this.pool = pool;
    }

    /** The group and its keeper, who wrote its agreement and so has accepted it. */
    public Future<Void> create(Group group, byte[] inviteHash, String keeperId, String keeperName, byte[] keeperTokenHash) {
        return pool.withTransaction(conn -> conn.preparedQuery("""
                        INSERT INTO groups (id, name, invite_hash, agreement, cadence_days, default_protocol, recording_policy,
                                            language)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""")
                .execute(Tuple.of(group.id(), group.name(), Buffer.buffer(inviteHash), group.agreement(),
                        group.cadenceDays(), group.defaultProtocol(), group.recordingPolicy(), group.language()))
                .compose(inserted -> conn.preparedQuery("""
                                INSERT INTO members (id, group_id, name, keeper, token_hash, agreed_at, rotation_order)
                                VALUES ($1, $2, $3, true, $4, now(), 1)""")
                        .execute(Tuple.of(keeperId, group.id(), keeperName, Buffer.buffer(keeperTokenHash))))
                .mapEmpty());
    }

    /**
     * Adds a member when the invite code is the group's; {@code agreedAt} is recorded as now when they
     * accepted the agreement. False when the group or the code is wrong (the same answer for both).
     */
    public Future<Boolean> addMember(String groupId, byte[] inviteHash, String memberId, String name, byte[] tokenHash,
                                     boolean agreed) {
        return pool.preparedQuery("""
                        INSERT INTO members (id, group_id, name, keeper, token_hash, agreed_at, rotation_order)
                        SELECT $1, g.id, $3, false, $4, CASE WHEN $6 THEN now() END,
                               (SELECT coalesce(max(m.rotation_order), 0) + 1 FROM members m WHERE m.group_id = g.id)
                          FROM groups g WHERE g.id = $2 AND g.invite_hash = $5""")
                .execute(Tuple.of(memberId, groupId, name, Buffer.buffer(tokenHash), Buffer.buffer(inviteHash), agreed))
                .map(rows -> rows.rowCount() == 1);
    }

    public Future<Optional<Group>> group(String groupId) {
        return pool.preparedQuery("""
                        SELECT id, name, agreement, cadence_days, default_protocol, recording_policy, language
                          FROM groups WHERE id = $1""")
                .execute(Tuple.of(groupId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(group(rows.iterator().next())));
    }

    /** Whether the invite code opens the group; used to show the agreement before joining. */
    public Future<Optional<Group>> groupByInvite(String groupId, byte[] inviteHash) {
        return pool.preparedQuery("""
                        SELECT id, name, agreement, cadence_days, default_protocol, recording_policy, language
                          FROM groups WHERE id = $1 AND invite_hash = $2""")
                .execute(Tuple.of(groupId, Buffer.buffer(inviteHash)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(group(rows.iterator().next())));
    }

    public Future<Optional<Member>> member(byte[] tokenHash) {
        return pool.preparedQuery("SELECT id, group_id, name, keeper, rotation_order FROM members WHERE token_hash = $1")
                .execute(Tuple.of(Buffer.buffer(tokenHash)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(member(rows.iterator().next())));
    }

    /** In rotation order. */
    public Future<List<Member>> members(String groupId) {
        return pool.preparedQuery("""
                        SELECT id, group_id, name, keeper, rotation_order FROM members
                         WHERE group_id = $1 ORDER BY rotation_order, joined_at""")
                .execute(Tuple.of(groupId))
                .map(rows -> {
                    List<Member> members = new ArrayList<>(rows.size());
                    rows.forEach(row -> members.add(member(row)));
                    return members;
                });
    }

    /** Everything the group owns goes with it: the schema's cascades reach every table. */
    public Future<Void> delete(String groupId) {
        return pool.preparedQuery("DELETE FROM groups WHERE id = $1").execute(Tuple.of(groupId)).mapEmpty();
    }

    private static Group group(Row row) {
        return new Group(row.getString("id"), row.getString("name"), row.getString("agreement"),
                row.getInteger("cadence_days"), row.getString("default_protocol"), row.getString("recording_policy"),
                row.getString("language"));
    }

    private static Member member(Row row) {
        return new Member(row.getString("id"), row.getString("group_id"), row.getString("name"),
                row.getBoolean("keeper"), row.getInteger("rotation_order"));
    }
}
