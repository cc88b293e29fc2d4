package roundtable.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded PostgreSQL's data directory startable after a server that was killed
 * ({@code kill -9}, OOM killer, power to the JVM only) could not stop its database.
 *
 * <p>What such a death leaves behind, and what is done about it:
 * <ul>
 *   <li>The postmaster itself, still running: {@code pg_ctl} started it as a daemon, so it is not
 *       the JVM's child and outlives it, holding {@code postmaster.pid}. A new PostgreSQL refuses to
 *       start on that directory ("lock file postmaster.pid already exists"). It is stopped: SIGTERM
 *       (a smart shutdown; the dead server's connections are already gone), then SIGKILL after
 *       {@link #GRACE}, and its own processes with it.</li>
 *   <li>{@code postmaster.pid} of a process that no longer exists: PostgreSQL notices this by itself
 *       and replaces the file, so it is left alone.</li>
 *   <li>{@code postmaster.pid} naming a process that is no postgres on this directory (the pid was
 *       reused, typically after a container restart), an unfinished zombie, or a pid file that is
 *       empty or unreadable: PostgreSQL would refuse to start on it, so the file is removed.</li>
 *   <li>zonky's {@code epg-lock}: an OS file lock, released by the kernel when the JVM died; the file
 *       itself is harmless. A lock that is still held means a live server uses this directory:
 *       then nothing is touched and the start stops with a clear message.</li>
 * </ul>
 * Runs on the main thread before the event loops start; it blocks, at most about
 * {@code 2 × GRACE}.
 */
final class LeftoverPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverPostgres.class);
    static final Duration GRACE = Duration.ofSeconds(10);
    private static final String PID_FILE = "postmaster.pid";
    private static final String ZONKY_LOCK = "epg-lock";

    private LeftoverPostgres() {
    }

    /** Clears the way for a PostgreSQL on {@code directory}; returns what it did, for tests and logs. */
    static Outcome recover(Path directory) throws IOException {
        Path pidFile = directory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return Outcome.NOTHING;
        }
        ensureNoLiveOwner(directory);
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            Files.deleteIfExists(pidFile);
            LOG.warn("Removed an unreadable {} left in {} by an earlier server", PID_FILE, directory);
            return Outcome.REMOVED_PID_FILE;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(LeftoverPostgres::running);
        if (process.isEmpty()) {
            if (isZombie(pid.get())) {
                Files.deleteIfExists(pidFile);
                LOG.warn("The PostgreSQL of an earlier server (pid {}) has ended but was not yet reaped; "
                        + "removed its {}", pid.get(), PID_FILE);
                return Outcome.REMOVED_PID_FILE;
            }
            LOG.info("Found {} of an earlier PostgreSQL (pid {}) that is no longer running; "
                    + "PostgreSQL replaces it on start", PID_FILE, pid.get());
            return Outcome.LEFT_STALE_PID_FILE;
        }
        if (!isPostgresOn(process.get(), directory)) {
            Files.deleteIfExists(pidFile);
            LOG.warn("{} in {} names pid {}, which is now another program ({}); removed the stale file",
                    PID_FILE, directory, pid.get(), describe(process.get()));
            return Outcome.REMOVED_PID_FILE;
        }
        stop(process.get());
        if (Files.deleteIfExists(pidFile)) {
            LOG.info("Removed the {} the stopped PostgreSQL could not remove itself", PID_FILE);
        }
        LOG.warn("A PostgreSQL left running by an earlier server (pid {}) was stopped", pid.get());
        return Outcome.STOPPED_LEFTOVER;
    }

    /** What {@link #recover} found and did. */
    enum Outcome { NOTHING, LEFT_STALE_PID_FILE, REMOVED_PID_FILE, STOPPED_LEFTOVER }

    /**
     * zonky holds an OS lock on {@code epg-lock} for as long as its PostgreSQL runs, and the kernel
     * drops it when that JVM dies. A lock we cannot take means a live server uses this directory,
     * and its database must not be stopped under it.
     */
    private static void ensureNoLiveOwner(Path directory) throws IOException {
        Path lockFile = directory.resolve(ZONKY_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        boolean free;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            try (FileLock lock = channel.tryLock()) {
                free = lock != null;
            } catch (OverlappingFileLockException heldByThisJvm) {
                free = false;
            }
        } catch (NoSuchFileException gone) {
            free = true;
        }
        if (!free) {
            throw new IllegalStateException("Another Roundtable server is running on the data directory "
                    + directory.getParent() + " (its embedded PostgreSQL holds " + lockFile
                    + "). Stop that server first, or give this one another DATA_DIR.");
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try (Stream<String> lines = Files.lines(pidFile, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(String::strip).filter(line -> line.matches("-?\\d{1,10}"))
                    // PostgreSQL writes a negative pid for a single-user backend.
                    .map(line -> Math.abs(Long.parseLong(line))).filter(pid -> pid > 0);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Alive and not a zombie: a zombie has ended but still answers {@code kill(pid, 0)}. */
    private static boolean running(ProcessHandle process) {
        return process.isAlive() && !isZombie(process.pid());
    }

    private static boolean isZombie(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            // "pid (comm) S …": the state follows the last ')', since comm may hold any character.
            int end = text.lastIndexOf(')');
            return end > 0 && end + 2 < text.length() && (text.charAt(end + 2) == 'Z' || text.charAt(end + 2) == 'X');
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A postgres program whose working directory (PostgreSQL changes into its data directory) or
     * {@code -D} argument is this directory. Where /proc is missing, the program name must do.
     */
    private static boolean isPostgresOn(ProcessHandle process, Path directory) {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        if (!Files.isDirectory(proc)) {
            return process.info().command().map(command -> Path.of(command).getFileName().toString())
                    .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
        }
        List<String> args = commandLine(proc);
        if (args.isEmpty() || !isPostgresProgram(args.get(0))) {
            return false;
        }
        if (sameDirectory(proc.resolve("cwd"), directory)) {
            return true;
        }
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-D") && sameDirectory(Path.of(args.get(i + 1)), directory)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPostgresProgram(String argv0) {
        // The postmaster keeps its path; its children rename themselves to "postgres: …".
        return argv0.startsWith("postgres:") || Path.of(argv0.split(" ")[0]).getFileName().toString().equals("postgres");
    }

    private static List<String> commandLine(Path proc) {
        try {
            byte[] bytes = Files.readAllBytes(proc.resolve("cmdline"));
            List<String> args = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    args.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            if (start < bytes.length) {
                args.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
            }
            return args;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static String describe(ProcessHandle process) {
        return process.info().command().orElse("unknown program");
    }

    /**
     * SIGTERM, then SIGKILL after the grace period; the postmaster's own processes (checkpointer,
     * backends) are noted first, since they would be orphaned, and must be gone too: PostgreSQL
     * refuses to start while any of them still holds the old shared memory.
     */
    private static void stop(ProcessHandle postmaster) {
        List<ProcessHandle> family = new ArrayList<>(postmaster.descendants().toList());
        LOG.info("Stopping a PostgreSQL left running by an earlier server (pid {}, {} child processes)",
                postmaster.pid(), family.size());
        postmaster.destroy();
        long deadline = System.nanoTime() + GRACE.toNanos();
        family.add(0, postmaster);
        if (!awaitEnd(family, deadline)) {
            LOG.warn("The leftover PostgreSQL (pid {}) did not stop within {} s; killing it", postmaster.pid(),
                    GRACE.toSeconds());
            family.stream().filter(LeftoverPostgres::running).forEach(ProcessHandle::destroyForcibly);
            if (!awaitEnd(family, System.nanoTime() + GRACE.toNanos())) {
                throw new IllegalStateException("A PostgreSQL left running by an earlier server (pid "
                        + postmaster.pid() + ") could not be stopped; PostgreSQL cannot start on its files");
            }
        }
    }

    private static boolean awaitEnd(List<ProcessHandle> processes, long deadline) {
        while (processes.stream().anyMatch(LeftoverPostgres::running)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
