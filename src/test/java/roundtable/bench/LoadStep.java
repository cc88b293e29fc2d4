package roundtable.bench;

import java.util.concurrent.TimeUnit;

/**
 * One load step of one server: every participant sends open loop so that cards × receivers reach
 * the step's deliveries per second. First a warm-up at that rate (cards marked as no step, not
 * measured; longer before the first step, so the JIT has compiled the paths under test), then the
 * measured window (CPU, deliveries), then a drain without sending until every command of the step
 * is acked, delivered to every receiver and, on Roundtable, durable, or the drain time is up; and
 * then, unmeasured, until the server (and its PostgreSQL) is back to idle CPU: so one step's
 * backlog does not spill into the next one's figures, nor into the other server's.
 */
final class LoadStep {

    private LoadStep() {
    }

    static StepResult run(BenchSettings settings, ServerUnderTest server, int step) throws Exception {
        int receivers = settings.participantsPerSession();
        int target = settings.steps()[step];
        Recorder recorder = server.recorder;
        recorder.currentStep(-1);
        server.sendAt(target / (double) receivers);
        TimeUnit.SECONDS.sleep(settings.warmupSeconds() + (step == 0 ? settings.jitWarmupSeconds() : 0));
        Usage start = Usage.now(server.process, recorder);
        recorder.currentStep(step);
        TimeUnit.SECONDS.sleep(settings.stepSeconds());
        recorder.currentStep(-1);
        server.sendAt(0);
        Usage end = Usage.now(server.process, recorder);
        StepStats stats = recorder.step(step);
        long drainStart = System.nanoTime();
        long drainEnd = drainStart + TimeUnit.SECONDS.toNanos(settings.drainSeconds());
        while (!stats.settled(receivers, recorder.durableExpected) && System.nanoTime() < drainEnd) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        StepResult result = StepResult.of(target, stats, start, end, receivers, recorder.durableExpected,
                (System.nanoTime() - drainStart) / 1e9);
        double quiet = server.awaitQuiet();
        System.out.printf("[%s] %,d deliveries/s: achieved %,.0f/s, delivery p99 %.1f ms, ack p99 %.1f ms, "
                        + "durable p99 %.1f ms, %.1f µs CPU/delivery, refused %d, lost %d, gaps %d, drain %.1f s, "
                        + "other processes %.2f cores; quiet after %.1f s more%n",
                server.name, target, result.achievedDeliveriesPerSecond(), result.deliveryP99(), result.ackP99(),
                result.durableP99(), result.serverMicrosPerDelivery(), result.refused(), result.lostDeliveries(),
                result.gaps(), result.drainSeconds(), result.otherCores(), quiet);
        return result;
    }
}
