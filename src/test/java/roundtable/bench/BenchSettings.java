package roundtable.bench;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * What one benchmark run does, from system properties ({@code -Dbench.…} on the Maven command
 * line). The defaults are the documented run; {@code -Dbench.quick=true} shrinks everything to a
 * smoke test of about a minute and a half. Any single figure can be overridden, e.g.
 * {@code -Dbench.steps=5000,20000 -Dbench.stepSeconds=10}.
 */
record BenchSettings(
        boolean quick,
        /* Target deliveries per second (commands per second × participants per session), in order. */
        int[] steps,
        /* Before the first step, at its rate, not measured: so the JIT has compiled the paths under test. */
        int jitWarmupSeconds,
        int warmupSeconds,
        int stepSeconds,
        /* After a step stops sending: how long to wait for every ack, delivery and durable. */
        int drainSeconds,
        int sessions,
        int participantsPerSession,
        /* Card text length in characters, marker included ("card.add-sized": 100–200). */
        int cardTextLength,
        int idleConnections,
        int lateJoinCards,
        int lateJoins,
        /* Joins before the measured ones, not recorded: the first welcomes of a cold path. */
        int lateJoinWarmups,
        /* -Xmx of both server JVMs. */
        String serverHeap,
        /* What the second server is, against which Roundtable (metrics on) is measured. */
        Baseline baseline,
        Path outputDir,
        Path roundtableJar) {

    static BenchSettings fromSystemProperties() {
        boolean quick = Boolean.getBoolean("bench.quick");
        return new BenchSettings(
                quick,
                steps(System.getProperty("bench.steps", quick ? "2000,5000" : "5000,10000,20000,40000,60000")),
                Integer.getInteger("bench.jitWarmupSeconds", quick ? 3 : 10),
                Integer.getInteger("bench.warmupSeconds", quick ? 2 : 3),
                Integer.getInteger("bench.stepSeconds", quick ? 4 : 15),
                Integer.getInteger("bench.drainSeconds", quick ? 5 : 20),
                Integer.getInteger("bench.sessions", quick ? 20 : 200),
                Integer.getInteger("bench.participants", 10),
                Integer.getInteger("bench.cardTextLength", 150),
                Integer.getInteger("bench.idleConnections", quick ? 1000 : 10_000),
                Integer.getInteger("bench.lateJoinCards", quick ? 100 : 500),
                Integer.getInteger("bench.lateJoins", quick ? 10 : 50),
                Integer.getInteger("bench.lateJoinWarmups", quick ? 2 : 10),
                System.getProperty("bench.serverHeap", "1g"),
                Baseline.of(System.getProperty("bench.baseline", "raw")),
                Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath(),
                Path.of(System.getProperty("roundtable.jar", "target/roundtable.jar")).toAbsolutePath());
    }

    private static int[] steps(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
    }

    int participants() {
        return sessions * participantsPerSession;
    }

    String describe() {
        return "steps " + Arrays.toString(steps) + " deliveries/s after a " + jitWarmupSeconds
                + " s JIT warm-up at the first; " + warmupSeconds + " s warm-up + " + stepSeconds
                + " s measured each, drain ≤ " + drainSeconds + " s; " + sessions + " sessions × " + participantsPerSession
                + " participants; card text " + cardTextLength + " chars; " + idleConnections + " idle connections; late joiner "
                + lateJoinCards + " cards, " + lateJoins + " joins (+" + lateJoinWarmups + " warm-up); server -Xmx" + serverHeap
                + "; baseline " + baseline.property
                + (quick ? "; QUICK (smoke) mode" : "");
    }

    /** {@code -Dbench.baseline}: the second server of a run, and how both are labelled. */
    enum Baseline {
        /** {@link RawBroadcastServer}: what Roundtable's rules, state, encoding and storage cost. */
        RAW("raw", "Roundtable", "raw", "raw Vert.x broadcast"),
        /** Roundtable with {@code METRICS_ENABLED=false}: what the metrics cost on the hot path. */
        METRICS_OFF("metrics-off", "Roundtable (metrics on)", "Roundtable (metrics off)", "Roundtable with metrics off");

        final String property;
        final String roundtableLabel;
        final String label;
        final String title;

        Baseline(String property, String roundtableLabel, String label, String title) {
            this.property = property;
            this.roundtableLabel = roundtableLabel;
            this.label = label;
            this.title = title;
        }

        static Baseline of(String property) {
            return Arrays.stream(values()).filter(b -> b.property.equals(property.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("bench.baseline must be raw or metrics-off, not '" + property + "'"));
        }
    }
}
