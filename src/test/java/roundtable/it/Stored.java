package roundtable.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import roundtable.TestServer;

/**
 * Waits until a session's events up to a seq are in PostgreSQL, read from the database itself: for a
 * test that must know an event nobody on its sockets caused (a departure, a timer running out) is
 * stored. (A socket is told {@code durable} only for its own commands and its own arrival.)
 */
final class Stored {

    private Stored() {
    }

    static void await(TestServer server, String sessionId, long seq) {
        try {
            poll(server, sessionId, seq);
        } catch (SQLException e) {
            throw new AssertionError("could not read what is stored", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void poll(TestServer server, String sessionId, long seq) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        try (Connection sql = server.sql();
             PreparedStatement count = sql.prepareStatement(
                     "SELECT count(*) FROM session_events WHERE session_id = ? AND seq <= ?")) {
            count.setString(1, sessionId);
            count.setLong(2, seq);
            while (true) {
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) >= seq) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("events up to seq " + seq + " of session " + sessionId + " were not stored within 10 s");
                }
                Thread.sleep(10);
            }
        }
    }
}
