package roundtable.bench;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One load step of one server, as reported. Latencies in milliseconds; CPU in microseconds of
 * CPU time per delivered frame over the measured window. Loss counts what had not arrived when
 * the drain after the step gave up.
 */
record StepResult(
        int targetDeliveriesPerSecond,
        double achievedDeliveriesPerSecond,
        double sentCommandsPerSecond,
        double deliveryP50, double deliveryP99, double deliveryP999, double deliveryMax,
        double ackP50, double ackP99,
        /* NaN when the server sends no durable frames (the raw baseline). */
        double durableP50, double durableP99,
        double sendLagP99,
        long commandsSent,
        long refused,
        Map<String, Long> refusalsByCode,
        long lostDeliveries,
        long unackedCommands,
        long gaps,
        /* Acked but not yet covered by a durable frame when the drain ended: ack→durable is censored then. */
        long notDurableAtDrainEnd,
        double serverMicrosPerDelivery,
        /* Server CPU seconds per wall second: 2.0 is both cores of this machine. */
        double serverCores,
        double postgresMicrosPerDelivery,
        double clientMicrosPerDelivery,
        double clientCores,
        /*
         * The rest of the machine's busy CPU over the window, in cores: other work on a shared machine,
         * the hypervisor's steal, the other server idling, and kernel time (loopback networking) that
         * no process is charged for.
         */
        double otherCores,
        double drainSeconds,
        /* The machine's 1-minute load average at the window's end: other work on a shared machine shows here. */
        String loadAverage) {

    /** Other work on the machine took more than this many cores during the window: the figures are suspect. */
    static final double BUSY_MACHINE_CORES = 0.3;

    boolean busyMachine() {
        return otherCores > BUSY_MACHINE_CORES;
    }

    /** The knee's test: delivery p99 ≤ 50 ms, nothing lost, nothing refused. */
    boolean healthy() {
        return deliveryP99 <= 50 && lostDeliveries == 0 && unackedCommands == 0 && refused == 0 && gaps == 0;
    }

    static StepResult of(int target, StepStats stats, Usage start, Usage end, int receivers, boolean durable,
                         double drainSeconds) {
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        long deliveries = Math.max(1, end.arrivals() - start.arrivals());
        long serverCpu = end.serverCpuMicros() - start.serverCpuMicros();
        long clientCpu = end.clientCpuMicros() - start.clientCpuMicros();
        return new StepResult(
                target,
                (end.arrivals() - start.arrivals()) / seconds,
                stats.sent.sum() / seconds,
                ms(stats.delivery, 50), ms(stats.delivery, 99), ms(stats.delivery, 99.9), stats.delivery.getMaxValue() / 1000.0,
                ms(stats.ack, 50), ms(stats.ack, 99),
                durable ? ms(stats.ackToDurable, 50) : Double.NaN, durable ? ms(stats.ackToDurable, 99) : Double.NaN,
                ms(stats.sendLag, 99),
                stats.sent.sum(),
                stats.refused.sum(),
                stats.refusalsByCode(),
                Math.max(0, stats.expectedDeliveries(receivers) - stats.delivered.sum()),
                stats.unacked(),
                stats.gaps.sum(),
                durable ? stats.awaitingDurable.sum() : 0,
                serverCpu / (double) deliveries,
                serverCpu / 1e6 / seconds,
                (end.postgresCpuMicros() - start.postgresCpuMicros()) / (double) deliveries,
                clientCpu / (double) deliveries,
                clientCpu / 1e6 / seconds,
                (end.machineBusyMicros() - start.machineBusyMicros() - serverCpu - clientCpu
                        - (end.postgresCpuMicros() - start.postgresCpuMicros())) / 1e6 / seconds,
                drainSeconds,
                end.loadAverage());
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
