package roundtable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * One embedded PostgreSQL for every test server of a test JVM, each server with a database of its
 * own: starting a cluster takes a couple of seconds, creating a database a few milliseconds. It runs
 * with the durability settings the server insists on (fsync, synchronous commit), so what the tests
 * prove about durability holds. Test servers run one after another, so a test that freezes the
 * cluster (a hung database) freezes only itself.
 */
public final class SharedPostgres {

    private static EmbeddedPostgres postgres;
    private static Path directory;
    private static int databases;

    private SharedPostgres() {
    }

    /** A new, empty database; its {@code postgresql://} URL. */
    public static synchronized String newDatabase() {
        start();
        String name = "rt_" + (++databases);
        try (Connection sql = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
             Statement create = sql.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name, e);
        }
        return "postgresql://postgres:postgres@localhost:" + postgres.getPort() + "/" + name;
    }

    /** Where the cluster keeps its files (postmaster.pid, tables, write-ahead log). */
    static synchronized Path directory() {
        start();
        return directory;
    }

    private static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    private static void start() {
        if (postgres != null) {
            return;
        }
        try {
            directory = Files.createTempDirectory("roundtable-tests-postgres-");
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the tests' PostgreSQL", e);
        }
    }
}
