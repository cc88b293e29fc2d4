package roundtable.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import roundtable.it.RunningServer;

/** The event log's writes against the real database. */
class EventQueriesIT {

    @RegisterExtension
    static final RunningServer running = new RunningServer();

    @Test
    void a_batch_with_events_of_a_deleted_session_stores_the_others_and_does_not_fail() throws Exception {
        String live = running.api().createSession("Still running", "forum", "Ada").get("sessionId").asText();
        Pool pool = PgBuilder.pool().connectingTo(running.server().databaseOptions()).using(running.vertx()).build();
        try {
            List<StoredEvent> batch = List.of(
                    new StoredEvent("deleted-meanwhile", 3, null, null, "session.ended", "{\"type\":\"session.ended\",\"at\":1}", 0),
                    new StoredEvent(live, 3, null, null, "session.ended", "{\"type\":\"session.ended\",\"at\":1}", 0));
            EventQueries.append(pool, batch).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } finally {
            pool.close();
        }
        try (Connection sql = running.server().sql();
             ResultSet rows = sql.createStatement().executeQuery(
                     "SELECT session_id FROM session_events WHERE seq = 3 ORDER BY session_id")) {
            rows.next();
            assertEquals(live, rows.getString(1), "the live session's event is stored");
            assertEquals(false, rows.next(), "nothing of a session that no longer exists");
        }
    }
}
