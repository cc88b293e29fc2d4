package roundtable.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Recap links, kept as hashes of their tokens; a link stops working when revoked or expired. */
public final class RecapLinks {

    private final Pool pool;

    public RecapLinks(Pool pool) {
        this.pool = pool;
    }

    /** @param expiresAt when the link stops working, or null for never */
    public Future<Void> add(byte[] tokenHash, String sessionId, OffsetDateTime expiresAt) {
        return pool.preparedQuery("INSERT INTO recap_links (token_hash, session_id, expires_at) VALUES ($1, $2, $3)")
                .execute(Tuple.of(Buffer.buffer(tokenHash), sessionId, expiresAt))
                .mapEmpty();
    }

    /** Whether a live link of that session was revoked now (false: no such link, or not live). */
    public Future<Boolean> revoke(String sessionId, byte[] tokenHash) {
        return pool.preparedQuery("""
                        UPDATE recap_links SET revoked_at = now()
                         WHERE token_hash = $1 AND session_id = $2 AND revoked_at IS NULL
                           AND (expires_at IS NULL OR expires_at > now())""")
                .execute(Tuple.of(Buffer.buffer(tokenHash), sessionId))
                .map(rows -> rows.rowCount() == 1);
    }

    /** The session a link opens, if it still opens one. */
    public Future<Optional<String>> sessionOf(byte[] tokenHash) {
        return pool.preparedQuery("""
                        SELECT session_id FROM recap_links
                         WHERE token_hash = $1 AND revoked_at IS NULL
                           AND (expires_at IS NULL OR expires_at > now())""")
                .execute(Tuple.of(Buffer.buffer(tokenHash)))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(rows.iterator().next().getString("session_id")));
    }
}
