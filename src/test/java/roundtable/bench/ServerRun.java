package roundtable.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One server's whole run: start it, set up the sessions and connect every participant (not
 * measured), then idle connections, the late joiner, the load steps, and its GC log once it has
 * stopped. The idle and late-joiner measurements come first, on a server that has not yet been
 * filled with the load steps' hundreds of thousands of cards.
 */
final class ServerRun {

    private ServerRun() {
    }

    static ServerReport run(BenchSettings settings, LoadClient client, boolean roundtable, Path clientGcLog) throws Exception {
        String name = roundtable ? "roundtable" : "raw";
        long started = System.nanoTime();
        String load = ProcStats.loadAverage();
        Recorder recorder = new Recorder(settings.steps().length, roundtable);
        BenchServer server = roundtable ? BenchServer.roundtable(settings) : BenchServer.raw(settings);
        List<StepResult> steps;
        IdleConnections idle;
        LateJoiner late;
        double loadFrom;
        double loadTo;
        double clientFrom;
        double clientTo;
        double setupSeconds;
        try {
            log(name, String.format("started in %.1f s (pid %d, port %d); setting up sessions",
                    (System.nanoTime() - started) / 1e9, server.pid(), server.port));
            List<List<Seat>> sessions = roundtable
                    ? Sessions.roundtable(server.baseUrl(), settings.sessions(), settings.participantsPerSession())
                    : Sessions.raw(settings.sessions(), settings.participantsPerSession());
            List<Seat> seats = Sessions.interleaved(sessions);
            LoadClient.Connected connected = client.connect(seats, recorder, server.port, settings.cardTextLength());
            if (connected.failed() > 0) {
                throw new IllegalStateException(connected.failed() + " load participants got no welcome: " + connected.failures());
            }
            List<Participant> participants = connected.participants();
            if (roundtable) {
                Boards.openForNotes(participants.stream().filter(p -> p.seat.facilitator()).toList());
            }
            setupSeconds = (System.nanoTime() - started) / 1e9;
            log(name, String.format("%d participants in %d sessions after %.1f s; idle connections", participants.size(),
                    sessions.size(), setupSeconds));
            idle = IdleConnections.measure(settings, client, server, seats, recorder);
            log(name, String.format("%d idle connections (%d failed): %.0f bytes RSS each; late joiner", idle.opened(),
                    idle.failed(), idle.bytesPerConnection()));
            late = LateJoiner.measure(settings, client, server, recorder, roundtable);
            log(name, String.format("late joiner open → welcome p99 %.1f ms (%d bytes); load steps", late.p99Millis(),
                    late.welcomeBytes()));
            loadFrom = ProcStats.uptimeSeconds(server.pid());
            clientFrom = ProcStats.uptimeSeconds(ProcessHandle.current().pid());
            steps = LoadSteps.run(settings, server, recorder, client.senders(participants, recorder), name);
            loadTo = ProcStats.uptimeSeconds(server.pid());
            clientTo = ProcStats.uptimeSeconds(ProcessHandle.current().pid());
            LoadClient.closeAll(participants);
        } finally {
            server.close();
        }
        return new ServerReport(name, setupSeconds, steps, idle, late,
                GcPauses.read(server.gcLog, loadFrom, loadTo), GcPauses.read(clientGcLog, clientFrom, clientTo),
                recorder.gapsOutsideSteps.sum(), recorder.errorsOutsideSteps(), recorder.closeCodes(), load,
                (System.nanoTime() - started) / 1e9);
    }

    static void log(String name, String message) {
        System.out.println("[" + name + "] " + message);
    }
}
