package roundtable.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of docs/benchmarks.md: {@code mvn -B verify -Pbench}. Roundtable and a baseline (the
 * raw Vert.x broadcast server, or with {@code -Dbench.baseline=metrics-off} Roundtable without its
 * metrics), each in its own JVM, driven by the same load client in this JVM.
 * Memory and the late joiner are measured one server at a time; the load steps alternate between
 * the two servers, step by step, and which goes first alternates too, so that other work on a
 * shared machine weighs on both. Prints the results and writes them to target/bench/results.md.
 * It passes whatever the figures; it fails only when something could not be measured at all.
 */
class RoundtableBench {

    @Test
    void roundtableAgainstBaseline() throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Machine machine = Machine.current();
        Path clientGcLog = Path.of(System.getProperty("bench.clientGcLog", "client-gc.log"));
        System.out.println("Benchmark: " + settings.describe());
        System.out.println("Machine: " + machine.describe() + "; load average " + ProcStats.loadAverage());
        long started = System.nanoTime();
        ServerReport roundtableReport;
        ServerReport baselineReport;
        try (LoadClient client = LoadClient.start();
             ServerUnderTest roundtable = ServerUnderTest.start(settings, false);
             ServerUnderTest baseline = ServerUnderTest.start(settings, true)) {
            List<ServerUnderTest> both = List.of(roundtable, baseline);
            for (ServerUnderTest server : both) {
                server.connectParticipants(settings, client);
            }
            for (ServerUnderTest server : both) {
                server.measureIdleCpu();
                server.measureIdleConnections(settings, client);
                server.measureLateJoiner(settings, client);
            }
            for (int step = 0; step < settings.steps().length; step++) {
                for (ServerUnderTest server : step % 2 == 0 ? both : List.of(baseline, roundtable)) {
                    server.runStep(settings, step);
                }
            }
            roundtableReport = roundtable.finish(clientGcLog);
            baselineReport = baseline.finish(clientGcLog);
        }
        String results = ResultsTable.markdown(settings, machine, roundtableReport, baselineReport,
                (System.nanoTime() - started) / 1e9);
        Files.createDirectories(settings.outputDir());
        Path file = settings.outputDir().resolve("results.md");
        Files.writeString(file, results);
        System.out.println();
        System.out.println(results);
        System.out.println("Written to " + file);
    }
}
