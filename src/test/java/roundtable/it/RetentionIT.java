package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import roundtable.Server;
import roundtable.TestServer;
import roundtable.config.Config;
import roundtable.config.Retention;

/**
 * RETENTION_DAYS: sessions that ended more than the period ago are deleted by the retention job, an
 * open room of theirs closed first; sessions that ended recently, or never ended, stay. The clock is
 * moved by backdating the stored {@code session.ended} events; the job's purge is triggered directly.
 */
class RetentionIT {

    private static Path dataDir;
    private static Server server;
    private static Vertx vertx;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("roundtable-retention-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = Server.start(new Config(port, Optional.empty(), dataDir, List.of(), TestServer.RELIABILITY),
                Retention.days(1));
        vertx = Vertx.vertx();
        api = new Api("http://localhost:" + port);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get();
            server.close();
        } finally {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void sessions_that_ended_longer_ago_than_the_retention_period_are_purged() throws Exception {
        String longEnded = ended("Ended long ago", true);
        String recentlyEnded = ended("Ended yesterday evening", false);
        JsonNode neverEnded = api.createSession("Still open", "forum", "Ada");
        String openId = neverEnded.path("sessionId").asText();
        // Ended long ago, but someone still has it open: the room is closed before the rows go.
        JsonNode watched = api.createSession("Ended and watched", "forum", "Ada");
        String watchedId = watched.path("sessionId").asText();
        RoomClient watcher = RoomClient.join(vertx, server.port(), watchedId, watched.path("facilitator").path("token").asText());
        LiveSession.welcome(watcher);
        JsonNode end = watcher.command("session.end", null);
        watcher.awaitDurable(end.path("seq").asLong());
        backdate(watchedId, "session.ended", 3);
        backdate(openId, "session.created", 30);
        backdate(recentlyEnded, "session.ended", 0);

        int purged = server.purgeEndedSessions().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertEquals(2, purged, "the two sessions that ended more than a day ago");
        assertEquals(0, rows(longEnded));
        assertEquals(0, rows(watchedId));
        assertEquals(1001, watcher.awaitClose(), "the open room of a purged session is closed");
        assertFalse(rows(recentlyEnded) == 0, "a session that ended within the period stays");
        assertFalse(rows(openId) == 0, "a session that never ended stays, however old");
        assertEquals(0, server.purgeEndedSessions().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS),
                "a second run finds nothing more");
    }

    /** A session ended by its facilitator; {@code longAgo} backdates its end by two days. */
    private static String ended(String title, boolean longAgo) throws Exception {
        JsonNode session = api.createSession(title, "forum", "Ada");
        String id = session.path("sessionId").asText();
        try (RoomClient ada = RoomClient.join(vertx, server.port(), id, session.path("facilitator").path("token").asText())) {
            LiveSession.welcome(ada);
            ada.command("card.add", LiveSession.note("Something said in " + title));
            JsonNode end = ada.command("session.end", null);
            ada.awaitDurable(end.path("seq").asLong());
        }
        if (longAgo) {
            backdate(id, "session.ended", 2);
        }
        return id;
    }

    /** Moves the session's event of this type (and every event before it) {@code days} days into the past, plus a minute. */
    private static void backdate(String sessionId, String type, int days) throws Exception {
        try (Connection sql = sql(); PreparedStatement update = sql.prepareStatement("""
                UPDATE session_events SET recorded_at = recorded_at - make_interval(days => ?) - interval '1 minute'
                 WHERE session_id = ? AND seq <= (SELECT max(seq) FROM session_events WHERE session_id = ? AND type = ?)""")) {
            update.setInt(1, days);
            update.setString(2, sessionId);
            update.setString(3, sessionId);
            update.setString(4, type);
            assertFalse(update.executeUpdate() == 0, "there is a " + type + " event to backdate");
        }
    }

    /** The session's own row and every row of it elsewhere. */
    private static int rows(String sessionId) throws Exception {
        try (Connection sql = sql()) {
            return Queries.number(sql, """
                    SELECT (SELECT count(*) FROM sessions WHERE id = ?) + (SELECT count(*) FROM session_events WHERE session_id = ?)
                         + (SELECT count(*) FROM credentials WHERE session_id = ?)""", sessionId, sessionId, sessionId);
        }
    }

    private static Connection sql() throws Exception {
        var database = server.database();
        return DriverManager.getConnection(database.jdbcUrl(), database.connectOptions().getUser(),
                database.connectOptions().getPassword());
    }
}
