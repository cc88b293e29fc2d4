package roundtable.bench;

import java.util.List;
import java.util.Map;

/** Everything measured of one server in one run. */
record ServerReport(
        String name,
        double setupSeconds,
        /* Server CPU seconds per second with every load participant connected and nobody sending. */
        double idleCores,
        List<StepResult> steps,
        IdleConnections idle,
        LateJoiner lateJoiner,
        /* The server JVM's pauses during the load steps. */
        GcPauses gc,
        /* The load client's own pauses over the same time: if these are long, so are some latencies. */
        GcPauses clientGc,
        long gapsOutsideSteps,
        Map<String, Long> errorsOutsideSteps,
        Map<String, Long> closeCodes,
        String loadAverageAtStart,
        double seconds) {

    /** The highest step with delivery p99 ≤ 50 ms and nothing lost or refused; 0 when none. */
    int knee() {
        int knee = 0;
        for (StepResult step : steps) {
            if (step.healthy()) {
                knee = Math.max(knee, step.targetDeliveriesPerSecond());
            }
        }
        return knee;
    }
}
