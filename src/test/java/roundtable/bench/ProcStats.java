package roundtable.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of a process, read from Linux's /proc: the harness measures the
 * server JVMs from outside, the way an operator would, with no agent inside them.
 */
final class ProcStats {

    /** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ; 100 on every common kernel). */
    static final long TICKS_PER_SECOND = ticksPerSecond();

    private ProcStats() {
    }

    /** utime + stime of the process, in microseconds; children not included. */
    static long cpuMicros(long pid) {
        String[] fields = statFields(pid);
        return ticksToMicros(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    }

    /**
     * CPU of a process and all its live children, plus what its exited children used (cutime +
     * cstime): the embedded PostgreSQL is a postmaster and one backend per connection.
     */
    static long treeCpuMicros(long pid) {
        String[] own = statFields(pid);
        long ticks = Long.parseLong(own[11]) + Long.parseLong(own[12]) + Long.parseLong(own[13]) + Long.parseLong(own[14]);
        for (long child : children(pid)) {
            try {
                String[] fields = statFields(child);
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (UncheckedIOException gone) {
                // exited between the listing and the read; its time is in the parent's cutime now
            }
        }
        return ticksToMicros(ticks);
    }

    /**
     * CPU time the whole machine spent busy, all cores, steal included (time the hypervisor gave
     * to other guests): user, nice, system, irq, softirq, steal of /proc/stat's first line.
     */
    static long machineBusyMicros() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
            long ticks = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                ticks += Long.parseLong(cpu[field]);
            }
            return ticksToMicros(ticks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** VmRSS in KiB. */
    static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            throw new IllegalStateException("no VmRSS for " + pid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seconds since the process started: the clock of its -Xlog:gc uptime decorations. */
    static double uptimeSeconds(long pid) {
        try {
            double systemUptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return systemUptime - Long.parseLong(statFields(pid)[19]) / (double) TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Fields after the command name of /proc/<pid>/stat: index 0 is "state" (field 3 of proc(5)). */
    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name is in parentheses and may itself contain spaces.
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Long> children(long parent) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .filter(pid -> {
                        try {
                            return Long.parseLong(statFields(pid)[1]) == parent;
                        } catch (RuntimeException gone) {
                            return false;
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long ticksToMicros(long ticks) {
        return ticks * 1_000_000 / TICKS_PER_SECOND;
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).strip();
            getconf.waitFor(5, TimeUnit.SECONDS);
            return Long.parseLong(out);
        } catch (Exception e) {
            return 100;
        }
    }
}
