package roundtable.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Everything the participants of one server's run report into: the stats of each load step, and
 * what belongs to no step (set-up, warm-up, idle connections) so that nothing goes unseen.
 */
final class Recorder {

    /** The step whose commands are being sent now; -1 during set-up, warm-up and drain. */
    private volatile int currentStep = -1;
    private final StepStats[] steps;
    /** Benchmark cards received, any step or warm-up: the denominator of CPU per delivery. */
    final LongAdder arrivals = new LongAdder();
    /** Gaps outside any measured step (set-up, warm-up, between steps). */
    final LongAdder gapsOutsideSteps = new LongAdder();
    private final Map<String, LongAdder> errorsOutsideSteps = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> closeCodes = new ConcurrentHashMap<>();
    /** Whether the server sends durable frames (Roundtable) or not (the raw baseline). */
    final boolean durableExpected;

    Recorder(int stepCount, boolean durableExpected) {
        this.steps = new StepStats[stepCount];
        for (int i = 0; i < stepCount; i++) {
            steps[i] = new StepStats();
        }
        this.durableExpected = durableExpected;
    }

    int currentStep() {
        return currentStep;
    }

    void currentStep(int step) {
        currentStep = step;
    }

    /** The stats of a step, or null for -1 (not measured). */
    StepStats step(int step) {
        return step >= 0 && step < steps.length ? steps[step] : null;
    }

    /** A gap in the seqs of a socket, seen on an event of this step (of the current one for non-bench events). */
    void gap(int step) {
        StepStats stats = step(step);
        (stats == null ? gapsOutsideSteps : stats.gaps).increment();
    }

    void errorOutsideSteps(String code) {
        errorsOutsideSteps.computeIfAbsent(String.valueOf(code), key -> new LongAdder()).increment();
    }

    void closed(Short code) {
        closeCodes.computeIfAbsent(String.valueOf(code), key -> new LongAdder()).increment();
    }

    Map<String, Long> errorsOutsideSteps() {
        return snapshot(errorsOutsideSteps);
    }

    Map<String, Long> closeCodes() {
        return snapshot(closeCodes);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((key, count) -> copy.put(key, count.sum()));
        return copy;
    }
}
