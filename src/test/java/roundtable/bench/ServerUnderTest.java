package roundtable.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One server through a run: its process, its sessions and the load participants connected to
 * it, and what has been measured of it so far. Both servers are up for the whole run so that
 * their load steps can alternate: on a shared machine, whatever else runs then weighs on both
 * rather than on whichever happened to go second.
 */
final class ServerUnderTest implements AutoCloseable {

    /**
     * The server pings each socket one interval (15 s by default) after it connected: the first round
     * of pings of 2,000 sockets connected within seconds, and the JIT compiling what it runs, is a burst
     * of set-up, not the idle cost, so it is over before the window opens.
     */
    private static final long IDLE_PAUSE_SECONDS = 20;
    /**
     * How long the server's CPU is read with every participant connected and nobody sending: one whole
     * ping interval, so every socket is pinged once in the window, whatever the phase of its timer.
     */
    private static final long IDLE_CPU_SECONDS = 15;
    /** The longest wait for a server to calm down after a step (Roundtable storing its backlog). */
    private static final long QUIET_TIMEOUT_SECONDS = 90;

    final String name;
    final boolean roundtable;
    final BenchServer process;
    final Recorder recorder;
    private final String loadAverageAtStart = ProcStats.loadAverage();
    private final long started = System.nanoTime();
    private List<Seat> seats;
    private List<Participant> participants;
    private List<LoadLoop> senders;
    private double setupSeconds;
    private double idleCores;
    private IdleConnections idle;
    private LateJoiner lateJoiner;
    private final List<StepResult> steps = new ArrayList<>();
    /** Uptimes of the server JVM and of this JVM bracketing each step: where GC pauses count. */
    private final List<double[]> serverWindows = new ArrayList<>();
    private final List<double[]> clientWindows = new ArrayList<>();

    private ServerUnderTest(String name, boolean roundtable, BenchServer process, int stepCount) {
        this.name = name;
        this.roundtable = roundtable;
        this.process = process;
        this.recorder = new Recorder(stepCount, roundtable);
    }

    /** Roundtable with its metrics on, or (baseline) the server of {@code -Dbench.baseline} it is measured against. */
    static ServerUnderTest start(BenchSettings settings, boolean baseline) throws Exception {
        long started = System.nanoTime();
        BenchSettings.Baseline against = settings.baseline();
        boolean raw = against == BenchSettings.Baseline.RAW;
        BenchServer process;
        if (!baseline) {
            process = BenchServer.roundtable(settings, raw ? "roundtable" : "roundtable-metrics-on", true);
        } else if (raw) {
            process = BenchServer.raw(settings);
        } else {
            process = BenchServer.roundtable(settings, "roundtable-metrics-off", false);
        }
        ServerUnderTest server = new ServerUnderTest(baseline ? against.label : against.roundtableLabel, process.roundtable(),
                process, settings.steps().length);
        server.log(String.format("started in %.1f s (pid %d, port %d)", (System.nanoTime() - started) / 1e9,
                process.pid(), process.port));
        return server;
    }

    /** Sessions and every load participant connected and welcomed: set-up, not measured. */
    void connectParticipants(BenchSettings settings, LoadClient client) throws Exception {
        long start = System.nanoTime();
        List<List<Seat>> sessions = roundtable
                ? Sessions.roundtable(process.baseUrl(), settings.sessions(), settings.participantsPerSession())
                : Sessions.raw(settings.sessions(), settings.participantsPerSession());
        seats = Sessions.interleaved(sessions);
        LoadClient.Connected connected = client.connect(seats, recorder, process.port, settings.cardTextLength());
        if (connected.failed() > 0) {
            throw new IllegalStateException(connected.failed() + " load participants of " + name + " got no welcome: "
                    + connected.failures());
        }
        participants = connected.participants();
        if (roundtable) {
            Boards.openForNotes(participants.stream().filter(p -> p.seat.facilitator()).toList());
        }
        senders = client.senders(participants, recorder);
        setupSeconds = (System.nanoTime() - start) / 1e9;
        log(String.format("%d participants in %d sessions, set up in %.1f s", participants.size(), sessions.size(),
                setupSeconds));
    }

    void measureIdleCpu() throws Exception {
        TimeUnit.SECONDS.sleep(IDLE_PAUSE_SECONDS);
        Usage start = Usage.now(process, recorder);
        TimeUnit.SECONDS.sleep(IDLE_CPU_SECONDS);
        Usage end = Usage.now(process, recorder);
        idleCores = (end.serverCpuMicros() - start.serverCpuMicros()) * 1e3 / (end.nanos() - start.nanos());
        log(String.format("idle with every participant connected: %.3f cores", idleCores));
    }

    void measureIdleConnections(BenchSettings settings, LoadClient client) throws Exception {
        idle = IdleConnections.measure(settings, client, process, seats, recorder);
        log(String.format("%d idle connections (%d failed): %.1f KiB RSS, %.1f KiB live heap each", idle.opened(),
                idle.failed(), idle.bytesPerConnection() / 1024, idle.heapBytesPerConnection() / 1024));
    }

    void measureLateJoiner(BenchSettings settings, LoadClient client) throws Exception {
        lateJoiner = LateJoiner.measure(settings, client, process, recorder, roundtable);
        log(String.format("late joiner open → welcome p99 %.1f ms (%,d bytes)", lateJoiner.p99Millis(),
                lateJoiner.welcomeBytes()));
    }

    void runStep(BenchSettings settings, int step) throws Exception {
        double serverFrom = ProcStats.uptimeSeconds(process.pid());
        double clientFrom = ProcStats.uptimeSeconds(ProcessHandle.current().pid());
        steps.add(LoadStep.run(settings, this, step));
        serverWindows.add(new double[] {serverFrom, ProcStats.uptimeSeconds(process.pid())});
        clientWindows.add(new double[] {clientFrom, ProcStats.uptimeSeconds(ProcessHandle.current().pid())});
    }

    /**
     * Waits until the server and its PostgreSQL use no more CPU than idle (+0.1 core) over half a
     * second, at most {@link #QUIET_TIMEOUT_SECONDS}; returns the seconds waited.
     */
    double awaitQuiet() throws Exception {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(QUIET_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            Usage before = Usage.now(process, recorder);
            TimeUnit.MILLISECONDS.sleep(500);
            Usage after = Usage.now(process, recorder);
            double cores = (after.serverCpuMicros() - before.serverCpuMicros() + after.postgresCpuMicros()
                    - before.postgresCpuMicros()) * 1e3 / (after.nanos() - before.nanos());
            if (cores <= idleCores + 0.1) {
                break;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Every participant together sends this many commands a second, open loop; 0 stops. */
    void sendAt(double commandsPerSecond) {
        for (LoadLoop sender : senders) {
            sender.rate(commandsPerSecond * sender.size() / participants.size());
        }
    }

    /** Disconnects, stops the server, reads its GC log: the report of this server's run. */
    ServerReport finish(Path clientGcLog) throws Exception {
        LoadClient.closeAll(participants);
        process.close();
        return new ServerReport(name, setupSeconds, idleCores, List.copyOf(steps), idle, lateJoiner,
                GcPauses.read(process.gcLog, serverWindows), GcPauses.read(clientGcLog, clientWindows),
                recorder.gapsOutsideSteps.sum(), recorder.errorsOutsideSteps(), recorder.closeCodes(), loadAverageAtStart,
                (System.nanoTime() - started) / 1e9);
    }

    void log(String message) {
        System.out.println("[" + name + "] " + message);
    }

    /** Stops the server if {@link #finish} did not. */
    @Override
    public void close() throws Exception {
        process.close();
    }
}
