package roundtable.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full collection in a server JVM from outside ({@code jcmd <pid> GC.run}, the JDK's own tool
 * next to the running java), and the heap it then uses: the live data, whatever garbage the young
 * generation happened to hold. The pause it causes falls outside the load steps.
 */
final class FullGc {

    private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private FullGc() {
    }

    /** Runs a full GC and returns the heap in use afterwards, in KiB; -1 when jcmd is not available. */
    static long runAndReadHeapKib(long pid) {
        try {
            jcmd(pid, "GC.run");
            Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
            return used.find() ? Long.parseLong(used.group(1)) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        Process process = new ProcessBuilder(Files.exists(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid), command)
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
