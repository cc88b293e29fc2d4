package roundtable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import roundtable.config.Config;
import roundtable.store.Database;

/**
 * A real Roundtable node for tests: a database of its own in the tests' shared PostgreSQL (see
 * {@link SharedPostgres}), a free port on loopback. {@link #restart()} stops it and starts it again on
 * the same data.
 */
public final class TestServer implements AutoCloseable {

    /**
     * What tests run with unless they say otherwise: the production defaults, but presence changes at
     * once when the last socket closes (no grace period), so tests that watch people leave need not wait.
     */
    public static final Config.Reliability RELIABILITY = Config.Reliability.DEFAULTS.withPresenceGrace(java.time.Duration.ZERO);

    /**
     * Rate limits tests run with unless they say otherwise: high enough that no test's bursts or
     * deliberate wrong tokens (all from one loopback address) trip them. RateLimitIT sets low ones.
     */
    public static final Config.RateLimits RATE_LIMITS = new Config.RateLimits(100_000, 100_000, 100_000,
            java.time.Duration.ofSeconds(1), 10_000);

    private final Path dataDir;
    private final int port;
    private final Config config;
    private Server server;

    private TestServer(Path dataDir, int port, UnaryOperator<Config> tune) throws Exception {
        this.dataDir = dataDir;
        this.port = port;
        this.config = tune.apply(new Config(port, Optional.of(SharedPostgres.newDatabase()), dataDir, List.of(),
                RELIABILITY, RATE_LIMITS));
        this.server = Server.start(config);
    }

    public static TestServer start() throws Exception {
        return start(RELIABILITY);
    }

    /** A server with its own bounds (buffer sizes, ping interval, presence grace). */
    public static TestServer start(Config.Reliability reliability) throws Exception {
        return start(reliability, RATE_LIMITS);
    }

    /** A server with its own bounds and its own rate limits. */
    public static TestServer start(Config.Reliability reliability, Config.RateLimits rateLimits) throws Exception {
        return start(config -> config.withReliability(reliability).withRateLimits(rateLimits));
    }

    /** A server configured as the tests' default, then changed by {@code tune} (its port is free). */
    public static TestServer start(UnaryOperator<Config> tune) throws Exception {
        return new TestServer(Files.createTempDirectory("roundtable-test-"), freePort(), tune);
    }

    /** A free port on loopback, for a test's own listener (a relay in front of the server, say). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Where PostgreSQL keeps this server's data (and everyone else's in the test JVM): its files and postmaster.pid. */
    public Path postgresDirectory() {
        return SharedPostgres.directory();
    }

    /**
     * A JDBC connection to this server's database, to prove by query what is, and is not, stored.
     * The caller closes it.
     */
    public Connection sql() throws SQLException {
        Database database = server.database();
        return DriverManager.getConnection(database.jdbcUrl(), database.connectOptions().getUser(),
                database.connectOptions().getPassword());
    }

    /** How to reach this server's database from a test's own reactive client. */
    public io.vertx.pgclient.PgConnectOptions databaseOptions() {
        return server.database().connectOptions();
    }

    /** A clean stop and a start on the same data directory, as an operator would do. */
    public void restart() throws Exception {
        server.close();
        server = Server.start(config);
    }

    /** Like {@link #restart()}, running {@code whileStopped} while the server is down. */
    public void restart(Runnable whileStopped) throws Exception {
        server.close();
        whileStopped.run();
        server = Server.start(config);
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }


}
