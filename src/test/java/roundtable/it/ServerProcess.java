package roundtable.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import roundtable.store.LeftoverCleanup;

/**
 * The real server as an operator runs it: {@code java -jar roundtable.jar} in its own process, on
 * a free loopback port and a data directory that outlives it, so a test can kill it
 * ({@link #kill()}: SIGKILL) or stop it ({@link #terminate()}: SIGTERM) and start it again on the
 * same data. Its output goes to a log file next to the jar. {@link #close()} leaves nothing
 * running, the embedded PostgreSQL included, and deletes the data.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path jar;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Process process;

    /** On a port that is free now; the server keeps it across restarts. */
    private ServerProcess(Path jar, Path dataDir, Path log) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.log = log;
        this.port = freePort();
    }

    /** A server for this test, not started yet. */
    static ServerProcess create(String name) throws IOException {
        String jarProperty = System.getProperty("roundtable.jar");
        if (jarProperty == null) {
            throw new IllegalStateException("the system property roundtable.jar names the server jar (set by failsafe)");
        }
        Path jar = Path.of(jarProperty).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist; run the integration tests after package");
        }
        Path logs = Files.createDirectories(jar.getParent().resolve("server-logs"));
        Path log = logs.resolve(name + ".log");
        Files.deleteIfExists(log);
        return new ServerProcess(jar, Files.createTempDirectory("roundtable-" + name + "-"), log);
    }

    /** Sets a variable of the server's environment for its next starts. */
    ServerProcess with(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts the jar and waits until {@code /health} answers 200. */
    ServerProcess start() throws Exception {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx384m", "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("DATA_DIR", dataDir.toString());
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("ALLOWED_ORIGINS");
        // The streaming clients send a command every 10 ms each: far above a person's pace, which
        // the production limit is set for. These tests are about durability, not rate limits.
        builder.environment().put("WS_COMMANDS_PER_SECOND", "1000");
        builder.environment().put("WS_COMMAND_BURST", "2000");
        // Stop at once on SIGTERM unless a test asks for a drain time.
        builder.environment().put("DRAIN_SECONDS", "0");
        builder.environment().putAll(environment);
        process = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!healthy()) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + " while starting; log:\n" + log());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server did not answer /health within " + START_TIMEOUT + "; log:\n" + log());
            }
            Thread.sleep(100);
        }
        return this;
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs; the embedded PostgreSQL keeps running. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not die from SIGKILL");
        }
    }

    /** SIGTERM; returns how long the server took to exit, or fails after {@code limit} (then kills it). */
    Duration terminate(Duration limit) throws InterruptedException {
        signalTerm();
        return waitForExit(limit);
    }

    /** SIGSTOP (true) or SIGCONT (false): the whole process freezes, or goes on, as a hung machine would. */
    void pause(boolean stop) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", stop ? "-STOP" : "-CONT", Long.toString(process.pid())).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill " + (stop ? "-STOP" : "-CONT") + " failed");
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM, without waiting: the server drains, then exits. */
    void signalTerm() {
        process.destroy();
    }

    /** Waits for the server to exit; returns how long that took, or fails after {@code limit} (then kills it). */
    Duration waitForExit(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the server did not exit within " + limit + " of SIGTERM; log:\n" + log());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    int exitValue() {
        return process.exitValue();
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    Path dataDir() {
        return dataDir;
    }

    /** Everything the server wrote to its output so far, over all its starts. */
    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The embedded PostgreSQL's pid file, or an empty list when it is not running (a clean stop removes it). */
    List<String> postmasterPid() throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        return Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
    }

    /** A JDBC connection to the running server's embedded PostgreSQL (its port is in postmaster.pid). */
    Connection sql() throws IOException, SQLException {
        List<String> pid = postmasterPid();
        if (pid.size() < 4) {
            throw new IllegalStateException("the embedded PostgreSQL is not running: " + pid);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres",
                "postgres", "postgres");
    }

    private boolean healthy() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills the server if it still runs, stops its PostgreSQL if one was left, deletes the data. */
    @Override
    public void close() throws Exception {
        try {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } finally {
            try {
                LeftoverCleanup.stopPostgres(dataDir);
            } finally {
                try (var paths = Files.walk(dataDir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
