package roundtable.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import roundtable.store.LeftoverCleanup;

/**
 * A server under test in its own JVM, started with the same JVM options for Roundtable and the
 * raw baseline (heap, GC log), on a free loopback port. Its process id is what the harness reads
 * /proc with. The soft open-files limit of the child is raised to the hard limit, since a run
 * holds over 12,000 sockets.
 */
final class BenchServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path gcLog;
    final Path log;
    /** Roundtable's data directory (embedded PostgreSQL), or null for the raw server. */
    private final Path dataDir;
    private final Process process;
    private boolean closed;

    private BenchServer(String name, Path outputDir, int port, Path dataDir, Process process) {
        this.name = name;
        this.port = port;
        this.gcLog = gcLogIn(outputDir, name);
        this.log = serverLogIn(outputDir, name);
        this.dataDir = dataDir;
        this.process = process;
    }

    private static Path gcLogIn(Path outputDir, String name) {
        return outputDir.resolve(name + "-gc.log");
    }

    private static Path serverLogIn(Path outputDir, String name) {
        return outputDir.resolve(name + "-server.log");
    }

    /**
     * The packaged jar, as an operator runs it, with the per-connection command limit raised so that
     * it is not what gets measured (a participant here sends at most a few commands a second, but
     * the late-joiner board is filled from one connection), and METRICS_ENABLED set either way rather
     * than inherited. {@code name} names its log files.
     */
    static BenchServer roundtable(BenchSettings settings, String name, boolean metrics) throws Exception {
        if (!Files.isRegularFile(settings.roundtableJar())) {
            throw new IllegalStateException(settings.roundtableJar() + " does not exist; run with mvn verify -Pbench");
        }
        Path dataDir = Files.createTempDirectory("roundtable-bench-");
        BenchServer server = start(name, settings, List.of("-jar", settings.roundtableJar().toString()), dataDir, Map.of(
                "DATA_DIR", dataDir.toString(),
                "WS_COMMANDS_PER_SECOND", "1000",
                "WS_COMMAND_BURST", "2000",
                "METRICS_ENABLED", Boolean.toString(metrics)));
        int scrape = server.status("/metrics");
        if ((scrape == 200) != metrics) {
            server.close();
            throw new IllegalStateException(name + " answered /metrics with " + scrape + " under METRICS_ENABLED=" + metrics);
        }
        return server;
    }

    static BenchServer raw(BenchSettings settings) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return start("raw", settings, List.of("-cp", classpath, RawBroadcastServer.class.getName()), null, Map.of());
    }

    private static BenchServer start(String name, BenchSettings settings, List<String> program, Path dataDir,
                                     Map<String, String> env) throws Exception {
        Files.createDirectories(settings.outputDir());
        Path gcLog = gcLogIn(settings.outputDir(), name);
        Path log = serverLogIn(settings.outputDir(), name);
        Files.deleteIfExists(gcLog);
        Files.deleteIfExists(log);
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of("sh", "-c", "ulimit -n \"$(ulimit -Hn)\" 2>/dev/null; exec \"$@\"", "sh",
                java, "-Xmx" + settings.serverHeap(), "-Xlog:gc:file=" + gcLog));
        command.addAll(program);
        if (dataDir == null) {
            command.add(Integer.toString(port));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("ALLOWED_ORIGINS");
        builder.environment().putAll(env);
        BenchServer server = new BenchServer(name, settings.outputDir(), port, dataDir, builder.start());
        server.awaitHealthy();
        return server;
    }

    long pid() {
        return process.pid();
    }

    /** Roundtable (with its embedded PostgreSQL), not the raw server. */
    boolean roundtable() {
        return dataDir != null;
    }

    /** The embedded PostgreSQL's postmaster, or -1 (the raw server has none). */
    long postgresPid() throws IOException {
        if (dataDir == null) {
            return -1;
        }
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        return Files.exists(pidFile) ? Long.parseLong(Files.readAllLines(pidFile).get(0).strip()) : -1;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The HTTP status of a GET of {@code path}. */
    private int status(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                if (status("/health") == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not answer /health within " + START_TIMEOUT + "; see " + log);
            }
            Thread.sleep(200);
        }
    }

    /** SIGTERM (Roundtable drains its event log), then whatever is left is killed and deleted. */
    @Override
    public void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        if (dataDir != null) {
            try {
                LeftoverCleanup.stopPostgres(dataDir);
            } finally {
                try (Stream<Path> paths = Files.walk(dataDir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
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
