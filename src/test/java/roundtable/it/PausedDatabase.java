package roundtable.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL of a test server, frozen with SIGSTOP: it neither answers nor refuses, the
 * way a hung database looks. The postmaster and all its processes are stopped (the postmaster alone
 * would leave the backends of open connections committing). {@link #close()} sends SIGCONT; use it
 * in try-with-resources so the database is always let go, whatever the test does.
 */
final class PausedDatabase implements AutoCloseable {

    /** How kill says a process no longer exists. */
    private static final Pattern GONE = Pattern.compile("No such process$");

    private final List<Long> pids;
    private boolean resumed;

    private PausedDatabase(List<Long> pids) {
        this.pids = pids;
    }

    /** The postmaster's pid: the first line of {@code <postgresDirectory>/postmaster.pid}. */
    static long postmasterPid(Path postgresDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(postgresDirectory.resolve("postmaster.pid")).get(0).strip());
    }

    static PausedDatabase pause(Path postgresDirectory) throws IOException, InterruptedException {
        long postmaster = postmasterPid(postgresDirectory);
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).orElseThrow(() -> new AssertionError("no postmaster " + postmaster))
                .descendants().forEach(child -> pids.add(child.pid()));
        PausedDatabase paused = new PausedDatabase(pids);
        try {
            signal("-STOP", pids);
        } catch (IOException | InterruptedException | RuntimeException e) {
            paused.close();
            throw e;
        }
        return paused;
    }

    int processes() {
        return pids.size();
    }

    /** SIGCONT to every process that was stopped. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (!resumed) {
            resumed = true;
            signal("-CONT", pids);
        }
    }

    /**
     * Signals every process; one that ended after it was listed (a backend whose connection closed, an
     * autovacuum worker: the test servers of this JVM share the postmaster) has nothing to stop or resume.
     */
    private static void signal(String signal, List<Long> pids) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS)) {
            kill.destroyForcibly();
            throw new IOException("kill " + signal + " " + pids + " did not finish");
        }
        String output = new String(kill.getInputStream().readAllBytes()).strip();
        boolean onlyGone = !output.isEmpty() && output.lines().allMatch(line -> GONE.matcher(line).find());
        if (kill.exitValue() != 0 && !onlyGone) {
            throw new IOException("kill " + signal + " " + pids + " failed: " + output);
        }
    }
}
