package roundtable.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import roundtable.it.RunningServer;
import roundtable.metrics.NodeMetrics;
import roundtable.wire.LocalCodec;

/**
 * One event the database refuses (here: one without a type, as an event missing from the catalogue
 * would be) must not stall the node. It is set aside and logged loudly with its session and seq; its
 * session is not announced as durable past it; every other session, in the same batch or later,
 * keeps becoming durable.
 */
class RefusedEventIT {

    @RegisterExtension
    static final RunningServer running = new RunningServer();

    private static final String ENDED = "{\"type\":\"session.ended\",\"at\":1}";

    @Test
    void a_refused_event_is_set_aside_and_every_other_session_keeps_becoming_durable() throws Exception {
        String healthy = running.api().createSession("Healthy", "forum", "Ada").get("sessionId").asText();
        String broken = running.api().createSession("Broken", "forum", "Bea").get("sessionId").asText();
        Map<String, Long> durable = new ConcurrentHashMap<>();
        var vertx = running.vertx();
        try {
            vertx.eventBus().registerCodec(new LocalCodec());
        } catch (IllegalStateException registeredAlready) {
            // the codec is the node's; one registration per Vert.x
        }
        for (String session : List.of(healthy, broken)) {
            vertx.eventBus().<Long>consumer(SessionLog.durableAddress(session), m -> durable.merge(session, m.body(), Math::max));
        }
        Logger log = (Logger) LoggerFactory.getLogger(EventLog.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        Pool pool = PgBuilder.pool().connectingTo(running.server().databaseOptions()).using(vertx).build();
        String deployment = vertx.deployVerticle(new EventLog(pool, new WriteBuffer(1_000), NodeMetrics.off().log()))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try {
            List<StoredEvent> batch = new ArrayList<>(List.of(
                    new StoredEvent(healthy, 10, null, null, "session.ended", ENDED, 0),
                    new StoredEvent(broken, 10, null, null, null, ENDED, 0),
                    new StoredEvent(broken, 11, null, null, "session.ended", ENDED, 0),
                    new StoredEvent(healthy, 11, null, null, "session.ended", ENDED, 0)));
            vertx.eventBus().send(EventLog.APPEND, new EventLog.Append(batch), LocalCodec.DELIVERY);
            waitFor(() -> durable.getOrDefault(healthy, 0L) >= 11 && durable.containsKey(broken));
            assertEquals(9L, durable.get(broken), "never durable past the refused event");

            vertx.eventBus().send(EventLog.APPEND, new EventLog.Append(List.of(
                    new StoredEvent(healthy, 12, null, null, "session.ended", ENDED, 0))), LocalCodec.DELIVERY);
            waitFor(() -> durable.getOrDefault(healthy, 0L) >= 12);
        } finally {
            vertx.undeploy(deployment).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            pool.close();
            log.detachAppender(logged);
        }
        ILoggingEvent error = logged.list.stream().filter(e -> e.getLevel() == Level.ERROR).findFirst().orElseThrow();
        String message = error.getFormattedMessage();
        assertTrue(message.contains(broken) && message.contains("seq 10") && message.contains("NOT stored"), message);
        try (Connection sql = running.server().sql();
             ResultSet rows = sql.createStatement().executeQuery("SELECT session_id, seq FROM session_events WHERE seq >= 10"
                     + " ORDER BY session_id, seq")) {
            List<String> stored = new ArrayList<>();
            while (rows.next()) {
                stored.add(rows.getString(1).equals(healthy) ? "healthy " + rows.getLong(2) : "broken " + rows.getLong(2));
            }
            assertTrue(stored.containsAll(List.of("healthy 10", "healthy 11", "healthy 12", "broken 11")), stored::toString);
            assertTrue(!stored.contains("broken 10"), stored::toString);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not in time");
            }
            Thread.sleep(20);
        }
    }
}
