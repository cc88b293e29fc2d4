package roundtable.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run was measured on, as docs/benchmarks.md reports it. */
record Machine(int cores, String cpu, long memoryMib, String jdk, String os, String openFilesLimit) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                firstValue(Path.of("/proc/cpuinfo"), "model name"),
                parseKib(firstValue(Path.of("/proc/meminfo"), "MemTotal")) / 1024,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                openFiles());
    }

    String describe() {
        return cores + " cores (" + cpu + "), " + memoryMib + " MiB RAM, " + jdk + ", " + os
                + ", open files (client) " + openFilesLimit;
    }

    private static String firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long parseKib(String value) {
        String digits = value.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    private static String openFiles() {
        try {
            return Files.readAllLines(Path.of("/proc/self/limits")).stream().filter(line -> line.startsWith("Max open files"))
                    .findFirst().map(line -> line.replace("Max open files", "").strip().replaceAll("\\s+", " "))
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
