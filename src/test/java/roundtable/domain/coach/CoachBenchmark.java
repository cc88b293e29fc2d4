package roundtable.domain.coach;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small benchmark, not a test: reviews every sentence of every corpus many times after a warm-up
 * and prints, per corpus, how long one review of one sentence takes.
 *
 * <p>Run it from the project directory after {@code mvn -o test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes roundtable.domain.coach.CoachBenchmark [rounds]
 * </pre>
 *
 * <p>Each round reviews every sentence of a corpus once, timing each review on its own. Two views
 * of the same samples are printed:
 * <ul>
 *   <li><b>per sentence</b>: each sentence's median time over the rounds, then the 50th and 99th
 *       percentile of those medians across the corpus: how long a typical and a slow sentence
 *       take. The median discards the rounds where the machine was busy with something else, so
 *       these figures hold on a shared machine.</li>
 *   <li><b>all samples</b>: percentiles over every single timing, scheduler hiccups included.</li>
 * </ul>
 * Timings include the timer's own cost (a few tens of nanoseconds).
 */
public final class CoachBenchmark {

    private static final List<String> CORPORA = List.of("en", "en-hard", "es", "de");

    private CoachBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmUp = Math.max(50, rounds / 2);
        long sink = 0;
        System.out.printf(Locale.ROOT, "%d timed rounds after %d warm-up rounds; µs per review of one sentence%n",
                rounds, warmUp);
        System.out.printf(Locale.ROOT, "%-8s %6s | %-26s | %-26s%n", "", "", "per sentence (medians)", "all samples");
        System.out.printf(Locale.ROOT, "%-8s %6s | %8s %8s %8s | %8s %8s %8s%n", "corpus", "lines", "p50", "p99", "max",
                "p50", "p99", "p99.9");
        for (String name : CORPORA) {
            List<Corpus.Line> lines = Corpus.read(name);
            Language language = Languages.of(name).orElseThrow();
            for (int round = 0; round < warmUp; round++) {
                for (Corpus.Line line : lines) {
                    sink += review(language, line);
                }
            }
            long[][] nanos = new long[lines.size()][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < lines.size(); i++) {
                    Corpus.Line line = lines.get(i);
                    long start = System.nanoTime();
                    sink += review(language, line);
                    nanos[i][round] = System.nanoTime() - start;
                }
            }
            long[] medians = new long[lines.size()];
            long[] all = new long[lines.size() * rounds];
            for (int i = 0; i < lines.size(); i++) {
                System.arraycopy(nanos[i], 0, all, i * rounds, rounds);
                Arrays.sort(nanos[i]);
                medians[i] = nanos[i][rounds / 2];
            }
            Arrays.sort(medians);
            Arrays.sort(all);
            System.out.printf(Locale.ROOT, "%-8s %6d | %8.1f %8.1f %8.1f | %8.1f %8.1f %8.1f%n", name, lines.size(),
                    micros(medians, 0.50), micros(medians, 0.99), medians[medians.length - 1] / 1_000.0,
                    micros(all, 0.50), micros(all, 0.99), micros(all, 0.999));
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static int review(Language language, Corpus.Line line) {
        return Coach.review(language, line.phase(), line.text()).orElseThrow().verdict().ordinal();
    }

    private static double micros(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000.0;
    }
}
