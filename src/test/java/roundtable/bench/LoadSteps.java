package roundtable.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The load run: after a JIT warm-up at the first step's rate, step by step, every participant
 * sends open loop so that cards × receivers reach the step's deliveries per second. Each step is
 * a warm-up at its rate (cards marked as no step, not measured), then the measured window (CPU,
 * deliveries), then a drain without sending until every command of the step is acked, delivered
 * to every receiver and, on Roundtable, durable, or the drain time is up: so one step's backlog
 * does not spill into the next one's figures.
 */
final class LoadSteps {

    private LoadSteps() {
    }

    static List<StepResult> run(BenchSettings settings, BenchServer server, Recorder recorder, List<LoadLoop> senders,
                                String label) throws Exception {
        int receivers = settings.participantsPerSession();
        int participants = senders.stream().mapToInt(LoadLoop::size).sum();
        List<StepResult> results = new ArrayList<>();
        for (int step = 0; step < settings.steps().length; step++) {
            int target = settings.steps()[step];
            double commandsPerSecond = target / (double) receivers;
            recorder.currentStep(-1);
            for (LoadLoop sender : senders) {
                sender.rate(commandsPerSecond * sender.size() / participants);
            }
            TimeUnit.SECONDS.sleep(settings.warmupSeconds() + (step == 0 ? settings.jitWarmupSeconds() : 0));
            Usage start = Usage.now(server, recorder);
            recorder.currentStep(step);
            TimeUnit.SECONDS.sleep(settings.stepSeconds());
            recorder.currentStep(-1);
            for (LoadLoop sender : senders) {
                sender.rate(0);
            }
            Usage end = Usage.now(server, recorder);
            StepStats stats = recorder.step(step);
            long drainStart = System.nanoTime();
            long drainEnd = drainStart + TimeUnit.SECONDS.toNanos(settings.drainSeconds());
            while (!stats.settled(receivers, recorder.durableExpected) && System.nanoTime() < drainEnd) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            StepResult result = StepResult.of(target, stats, start, end, receivers, recorder.durableExpected,
                    (System.nanoTime() - drainStart) / 1e9);
            results.add(result);
            System.out.printf("[%s] %,d deliveries/s: achieved %,.0f/s, delivery p99 %.1f ms, ack p99 %.1f ms, "
                            + "durable p99 %.1f ms, %.1f µs CPU/delivery, refused %d, lost %d, gaps %d, drain %.1f s%n",
                    label, target, result.achievedDeliveriesPerSecond(), result.deliveryP99(), result.ackP99(),
                    result.durableP99(), result.serverMicrosPerDelivery(), result.refused(), result.lostDeliveries(),
                    result.gaps(), result.drainSeconds());
        }
        return results;
    }
}
