package roundtable.bench;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The results as Markdown, printed and written to target/bench/results.md so they can be pasted
 * into docs/benchmarks.md: a row per step and server with a Roundtable ÷ baseline row under each step,
 * then a summary of knee, memory, late joiner and GC.
 */
final class ResultsTable {

    private ResultsTable() {
    }

    static String markdown(BenchSettings settings, Machine machine, ServerReport rt, ServerReport base, double runSeconds) {
        StringBuilder md = new StringBuilder();
        md.append("# Roundtable vs ").append(settings.baseline().title).append("\n\n");
        md.append("- When: ").append(Instant.now()).append(", whole run ").append(f("%.0f", runSeconds)).append(" s\n");
        md.append("- Machine: ").append(machine.describe()).append('\n');
        md.append("- Load average (1, 5, 15 min) when the servers started: ").append(rt.loadAverageAtStart())
                .append("; at the end: ").append(ProcStats.loadAverage()).append('\n');
        md.append("- Settings: ").append(settings.describe()).append("\n\n");

        md.append("## Load steps\n\n");
        md.append("Latencies in ms. CPU in µs of CPU time per delivered frame over the measured window; cores = CPU s per s. ")
                .append("Ratio rows are ").append(rt.name()).append(" ÷ ").append(base.name()).append(".\n\n");
        md.append("| deliveries/s | server | achieved/s | delivery p50 | p99 | p99.9 | max | ack p50 | ack p99 | ack→durable p50 | p99 ")
                .append("| server µs/delivery | server cores | PostgreSQL µs/delivery | client µs/delivery | client cores | send lag p99 ")
                .append("| sent | refused | lost deliveries | unacked | gaps | drain s | not durable after drain | other cores | load avg |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < rt.steps().size(); i++) {
            StepResult r = rt.steps().get(i);
            StepResult b = base.steps().get(i);
            md.append(stepRow(r, rt.name())).append(stepRow(b, base.name()));
            md.append("| | **÷** | ").append(ratio(r, b, StepResult::achievedDeliveriesPerSecond))
                    .append(" | ").append(ratio(r, b, StepResult::deliveryP50)).append(" | ").append(ratio(r, b, StepResult::deliveryP99))
                    .append(" | ").append(ratio(r, b, StepResult::deliveryP999)).append(" | ").append(ratio(r, b, StepResult::deliveryMax))
                    .append(" | ").append(ratio(r, b, StepResult::ackP50)).append(" | ").append(ratio(r, b, StepResult::ackP99))
                    .append(" | | | ").append(ratio(r, b, StepResult::serverMicrosPerDelivery))
                    .append(" | ").append(ratio(r, b, StepResult::serverCores)).append(" | | | | | | | | | | | | | |\n");
        }

        md.append("\n† other work took more than ").append(StepResult.BUSY_MACHINE_CORES)
                .append(" cores of the machine during this window: the figures of that row are suspect.\n");
        md.append("\n## Summary\n\n| | ").append(rt.name()).append(" | ").append(base.name()).append(" | ").append(rt.name())
                .append(" ÷ ").append(base.name()).append(" |\n|---|---:|---:|---:|\n");
        row(md, "knee: highest step with delivery p99 ≤ 50 ms, no loss, no refusal (deliveries/s)",
                f("%,d", rt.knee()), f("%,d", base.knee()), divide(rt.knee(), base.knee()));
        row(md, "server cores with every load participant connected, nobody sending", f("%.3f", rt.idleCores()),
                f("%.3f", base.idleCores()), divide(rt.idleCores(), base.idleCores()));
        row(md, "RSS per idle connection (KiB)", f("%.1f", rt.idle().bytesPerConnection() / 1024),
                f("%.1f", base.idle().bytesPerConnection() / 1024), divide(rt.idle().bytesPerConnection(), base.idle().bytesPerConnection()));
        row(md, "live heap per idle connection, after full GC (KiB)", f("%.1f", rt.idle().heapBytesPerConnection() / 1024),
                f("%.1f", base.idle().heapBytesPerConnection() / 1024),
                divide(rt.idle().heapBytesPerConnection(), base.idle().heapBytesPerConnection()));
        row(md, "idle connections opened / failed", rt.idle().opened() + " / " + rt.idle().failed(),
                base.idle().opened() + " / " + base.idle().failed(), "");
        row(md, "RSS before → after idle connections (MiB)", rss(rt.idle()), rss(base.idle()), "");
        row(md, "late joiner open → welcome p50 (ms)", f("%.1f", rt.lateJoiner().p50Millis()), f("%.1f", base.lateJoiner().p50Millis()),
                divide(rt.lateJoiner().p50Millis(), base.lateJoiner().p50Millis()));
        row(md, "late joiner open → welcome p99 (ms)", f("%.1f", rt.lateJoiner().p99Millis()), f("%.1f", base.lateJoiner().p99Millis()),
                divide(rt.lateJoiner().p99Millis(), base.lateJoiner().p99Millis()));
        row(md, "late joiner open → welcome max (ms)", f("%.1f", rt.lateJoiner().maxMillis()), f("%.1f", base.lateJoiner().maxMillis()), "");
        row(md, "late joiner welcome size (bytes) / board cards / refused fills / failed joins", late(rt.lateJoiner()), late(base.lateJoiner()), "");
        row(md, "server GC pauses during the load steps", rt.gc().describe(), base.gc().describe(), "");
        row(md, "load client GC pauses during the load steps", rt.clientGc().describe(), base.clientGc().describe(), "");
        row(md, "refusals in the steps, by code", String.valueOf(refusals(rt)), String.valueOf(refusals(base)), "");
        row(md, "errors outside the steps, by code", String.valueOf(rt.errorsOutsideSteps()), String.valueOf(base.errorsOutsideSteps()), "");
        row(md, "sockets closed by the server, by close code", String.valueOf(rt.closeCodes()), String.valueOf(base.closeCodes()), "");
        row(md, "seq gaps outside the steps", Long.toString(rt.gapsOutsideSteps()), Long.toString(base.gapsOutsideSteps()), "");
        row(md, "set-up time / whole server run (s)", f("%.0f", rt.setupSeconds()) + " / " + f("%.0f", rt.seconds()),
                f("%.0f", base.setupSeconds()) + " / " + f("%.0f", base.seconds()), "");
        return md.toString();
    }

    private static String stepRow(StepResult s, String server) {
        return "| " + f("%,d", s.targetDeliveriesPerSecond()) + " | " + server + " | " + f("%,.0f", s.achievedDeliveriesPerSecond())
                + " | " + ms(s.deliveryP50()) + " | " + ms(s.deliveryP99()) + " | " + ms(s.deliveryP999()) + " | " + ms(s.deliveryMax())
                + " | " + ms(s.ackP50()) + " | " + ms(s.ackP99()) + " | " + ms(s.durableP50()) + " | " + ms(s.durableP99())
                + " | " + f("%.1f", s.serverMicrosPerDelivery()) + " | " + f("%.2f", s.serverCores())
                + " | " + (s.postgresMicrosPerDelivery() == 0 ? "–" : f("%.1f", s.postgresMicrosPerDelivery()))
                + " | " + f("%.1f", s.clientMicrosPerDelivery()) + " | " + f("%.2f", s.clientCores())
                + " | " + ms(s.sendLagP99()) + " | " + f("%,d", s.commandsSent()) + " | " + s.refused()
                + (s.refusalsByCode().isEmpty() ? "" : " " + s.refusalsByCode()) + " | " + s.lostDeliveries() + " | " + s.unackedCommands()
                + " | " + s.gaps() + " | " + f("%.1f", s.drainSeconds())
                + " | " + (Double.isNaN(s.durableP50()) ? "–" : Long.toString(s.notDurableAtDrainEnd()))
                + " | " + f("%.2f", s.otherCores()) + (s.busyMachine() ? " †" : "")
                + " | " + s.loadAverage() + " |\n";
    }

    private static void row(StringBuilder md, String what, String rt, String base, String ratio) {
        md.append("| ").append(what).append(" | ").append(rt).append(" | ").append(base).append(" | ").append(ratio).append(" |\n");
    }

    private static String ratio(StepResult rt, StepResult base, ToDoubleFunction<StepResult> figure) {
        return divide(figure.applyAsDouble(rt), figure.applyAsDouble(base));
    }

    private static String divide(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : f("%.2f", a / b);
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : millis < 10 ? f("%.2f", millis) : f("%,.1f", millis);
    }

    private static String rss(IdleConnections idle) {
        return f("%.0f", idle.rssBeforeKib() / 1024.0) + " → " + f("%.0f", idle.rssAfterKib() / 1024.0);
    }

    private static String late(LateJoiner late) {
        return f("%,d", late.welcomeBytes()) + " / " + late.cards() + " / " + late.refusedCards() + " / " + late.failedJoins();
    }

    private static Map<String, Long> refusals(ServerReport report) {
        Map<String, Long> all = new TreeMap<>();
        for (StepResult step : report.steps()) {
            step.refusalsByCode().forEach((code, count) -> all.merge(code, count, Long::sum));
        }
        return all;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
