package roundtable.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** A script of the browser's tests run under node; the test is skipped, saying why, where node is absent. */
final class NodeScript {

    /** What a script printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    private NodeScript() {
    }

    static void assumeNode(String what) {
        Assumptions.assumeTrue(available(), "node is not installed; " + what + " is skipped (apt-get install -y nodejs)");
    }

    static Result run(Path script, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(args);
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(30, TimeUnit.SECONDS), "node finished");
        return new Result(node.exitValue(), output);
    }

    private static boolean available() {
        try {
            Process probe = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
