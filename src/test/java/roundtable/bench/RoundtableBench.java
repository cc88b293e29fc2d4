package roundtable.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of docs/benchmarks.md: {@code mvn -B verify -Pbench}. Roundtable, then the raw
 * Vert.x broadcast baseline, each in its own JVM and one after the other, driven by the same load
 * client in this JVM. Prints the results and writes them to target/bench/results.md. It passes
 * whatever the figures; it fails only when something could not be measured at all.
 */
class RoundtableBench {

    @Test
    void roundtableAgainstRawBroadcast() throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Machine machine = Machine.current();
        Path clientGcLog = Path.of(System.getProperty("bench.clientGcLog", "client-gc.log"));
        System.out.println("Benchmark: " + settings.describe());
        System.out.println("Machine: " + machine.describe() + "; load average " + ProcStats.loadAverage());
        long started = System.nanoTime();
        ServerReport roundtable;
        ServerReport raw;
        try (LoadClient client = LoadClient.start()) {
            roundtable = ServerRun.run(settings, client, true, clientGcLog);
            raw = ServerRun.run(settings, client, false, clientGcLog);
        }
        String results = ResultsTable.markdown(settings, machine, roundtable, raw, (System.nanoTime() - started) / 1e9);
        Files.createDirectories(settings.outputDir());
        Path file = settings.outputDir().resolve("results.md");
        Files.writeString(file, results);
        System.out.println();
        System.out.println(results);
        System.out.println("Written to " + file);
    }
}
