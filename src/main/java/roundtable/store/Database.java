package roundtable.store;

import io.vertx.pgclient.PgConnectOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the data lives: an external PostgreSQL named by {@code DATABASE_URL}, or an embedded one
 * whose files stay under the data directory so that a restart finds everything again.
 * Starting it blocks; call it before the event loops run.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final PgConnectOptions connectOptions;
    private final EmbeddedPostgres embedded;

    private Database(PgConnectOptions connectOptions, EmbeddedPostgres embedded) {
        this.connectOptions = connectOptions;
        this.embedded = embedded;
    }

    public static Database start(Optional<String> databaseUrl, Path dataDir) throws IOException {
        if (databaseUrl.isPresent()) {
            PgConnectOptions options = PgConnectOptions.fromUri(databaseUrl.get());
            LOG.info("Using PostgreSQL at {}:{}/{}", options.getHost(), options.getPort(), options.getDatabase());
            return new Database(options, null);
        }
        Path directory = dataDir.toAbsolutePath().resolve("postgres");
        Files.createDirectories(directory);
        // A server killed with kill -9 leaves its PostgreSQL running on these files; clear the way.
        LeftoverPostgres.recover(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Main's own hook stops it, after the event log has drained into it.
                .setRegisterShutdownHook(false)
                // After a crash PostgreSQL first replays its write-ahead log; zonky's 10 s may be too short.
                .setPGStartupWait(STARTUP_WAIT)
                // The embedded defaults favour test speed; an acknowledged "durable" must survive a crash.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "50")
                .start();
        LOG.info("Embedded PostgreSQL started on port {} with its files in {}", postgres.getPort(), directory);
        PgConnectOptions options = new PgConnectOptions()
                .setHost("localhost")
                .setPort(postgres.getPort())
                .setDatabase("postgres")
                .setUser("postgres")
                .setPassword("postgres");
        return new Database(options, postgres);
    }

    public PgConnectOptions connectOptions() {
        return new PgConnectOptions(connectOptions);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + connectOptions.getHost() + ":" + connectOptions.getPort() + "/"
                + connectOptions.getDatabase();
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
