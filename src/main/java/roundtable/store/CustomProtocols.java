package roundtable.store;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import roundtable.domain.Protocol;
import roundtable.wire.Json;

/** Protocols posted by users, kept as JSON in the shape the built-in files have. */
public final class CustomProtocols {

    /** The id is taken already. */
    public static final class Taken extends RuntimeException {
        Taken() {
            super(null, null, false, false);
        }
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private final Pool pool;

    public CustomProtocols(Pool pool) {
        this.pool = pool;
    }

    /** Stores a validated protocol; fails with {@link Taken} when its id exists. */
    public Future<Void> add(Protocol protocol) {
        return pool.preparedQuery("INSERT INTO protocols (id, definition) VALUES ($1, $2::text::jsonb)")
                .execute(Tuple.of(protocol.id(), Json.MAPPER.valueToTree(protocol).toString()))
                .<Void>mapEmpty()
                .recover(failure -> failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                        ? Future.failedFuture(new Taken()) : Future.failedFuture(failure));
    }

    public Future<Optional<Protocol>> find(String id) {
        return pool.preparedQuery("SELECT definition::text AS json FROM protocols WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(read(rows.iterator().next().getString("json"))));
    }

    public Future<List<Protocol>> all() {
        return pool.query("SELECT definition::text AS json FROM protocols ORDER BY created_at, id").execute()
                .map(rows -> {
                    List<Protocol> protocols = new ArrayList<>(rows.size());
                    rows.forEach(row -> protocols.add(read(row.getString("json"))));
                    return protocols;
                });
    }

    private static Protocol read(String json) {
        try {
            return Json.MAPPER.readValue(json, Protocol.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored protocol no longer reads", e);
        }
    }
}
