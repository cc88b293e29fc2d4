package roundtable.bench;

import java.io.IOException;

/**
 * CPU of the server JVM, of its embedded PostgreSQL (if any), of the load client and of the whole
 * machine, the cards delivered so far and the machine's 1-minute load average, at one instant: two
 * of them bracket a measured window.
 */
record Usage(long nanos, long serverCpuMicros, long postgresCpuMicros, long clientCpuMicros, long machineBusyMicros,
             long arrivals, String loadAverage) {

    static Usage now(BenchServer server, Recorder recorder) throws IOException {
        long postgres = server.postgresPid();
        return new Usage(System.nanoTime(), ProcStats.cpuMicros(server.pid()),
                postgres > 0 ? ProcStats.treeCpuMicros(postgres) : 0,
                ProcStats.cpuMicros(ProcessHandle.current().pid()), ProcStats.machineBusyMicros(), recorder.arrivals.sum(),
                ProcStats.loadAverage().split(" ")[0]);
    }
}
