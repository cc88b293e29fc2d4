package roundtable.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What the client saw of the commands sent in one load step, wherever and whenever their answers
 * arrive (the step is in each card's text, so late answers still count for their own step).
 * Written by the client's event loops at once, hence concurrent histograms and adders. Times in
 * microseconds.
 */
final class StepStats {

    private static final long MAX_MICROS = 3_600_000_000L;

    /** Send → each receiver has the event. */
    final Histogram delivery = histogram();
    /** Send → the sender has the ack. */
    final Histogram ack = histogram();
    /** Ack → the sender's first durable frame whose seq covers the ack's. */
    final Histogram ackToDurable = histogram();
    /** How late the client sent against its open-loop schedule: the client's own health. */
    final Histogram sendLag = histogram();

    final LongAdder sent = new LongAdder();
    final LongAdder acked = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder delivered = new LongAdder();
    /** Acked, not yet covered by a durable frame. */
    final LongAdder awaitingDurable = new LongAdder();
    /** Events whose seq was not the previous one + 1 on their socket (a step's card, or any event while it ran). */
    final LongAdder gaps = new LongAdder();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();

    void refused(String code) {
        refused.increment();
        refusals.computeIfAbsent(code == null ? "?" : code, key -> new LongAdder()).increment();
    }

    Map<String, Long> refusalsByCode() {
        Map<String, Long> byCode = new TreeMap<>();
        refusals.forEach((code, count) -> byCode.put(code, count.sum()));
        return byCode;
    }

    /** Receivers per command times the commands that were not refused. */
    long expectedDeliveries(int receivers) {
        return (sent.sum() - refused.sum()) * receivers;
    }

    long unacked() {
        return sent.sum() - acked.sum() - refused.sum();
    }

    boolean settled(int receivers, boolean durableExpected) {
        return unacked() == 0 && delivered.sum() >= expectedDeliveries(receivers)
                && (!durableExpected || awaitingDurable.sum() == 0);
    }

    static void record(Histogram histogram, long nanos) {
        histogram.recordValue(Math.min(MAX_MICROS, Math.max(0, nanos / 1_000)));
    }

    private static Histogram histogram() {
        return new ConcurrentHistogram(MAX_MICROS, 3);
    }
}
