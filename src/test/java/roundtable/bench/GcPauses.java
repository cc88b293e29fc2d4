package roundtable.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stop-the-world pauses a JVM wrote to its {@code -Xlog:gc:file=…} log (default decorations,
 * {@code [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 90M->12M(256M) 3.456ms}),
 * counted within windows of the JVM's uptime: the load steps, not the start or the set-up.
 */
record GcPauses(int count, double totalMillis, double maxMillis, int over20Millis) {

    private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+\\.\\d+)s\\].*\\bPause\\b.*?(\\d+\\.\\d+)ms\\s*$");

    static GcPauses read(Path log, List<double[]> windows) throws IOException {
        int count = 0;
        int over20 = 0;
        double total = 0;
        double max = 0;
        if (!Files.exists(log)) {
            return new GcPauses(-1, 0, 0, 0);
        }
        for (String line : Files.readAllLines(log)) {
            Matcher pause = PAUSE.matcher(line);
            if (!pause.matches()) {
                continue;
            }
            double at = Double.parseDouble(pause.group(1));
            if (windows.stream().noneMatch(window -> at >= window[0] && at <= window[1])) {
                continue;
            }
            double millis = Double.parseDouble(pause.group(2));
            count++;
            total += millis;
            max = Math.max(max, millis);
            if (millis > 20) {
                over20++;
            }
        }
        return new GcPauses(count, total, max, over20);
    }

    String describe() {
        return count < 0 ? "no GC log" : String.format("%d pauses, %.0f ms total, max %.1f ms, %d over 20 ms", count, totalMillis, maxMillis, over20Millis);
    }
}
