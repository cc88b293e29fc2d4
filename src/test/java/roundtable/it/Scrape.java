package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One read of {@code /metrics}: each sample line of the Prometheus text format, by its series
 * ({@code name{label="value",…}} exactly as printed), with its value.
 */
record Scrape(String text, Map<String, Double> samples) {

    static Scrape of(Api api, String path) {
        Api.Reply reply = api.get(path, null);
        assertEquals(200, reply.status(), () -> path + " answers: " + reply.raw().body());
        String text = reply.raw().body();
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return new Scrape(text, samples);
    }

    /** The value of one series; 0 when the series is not there (a counter nothing has touched yet). */
    double value(String series) {
        return samples.getOrDefault(series, 0.0);
    }

    /**
     * Whether any series of this metric is there: the name as printed, or the family a histogram's or
     * summary's {@code _bucket}, {@code _count}, {@code _sum} and {@code _max} series belong to.
     */
    boolean has(String name) {
        return samples.keySet().stream().map(series -> series.replaceAll("\\{.*", ""))
                .anyMatch(series -> series.equals(name) || series.replaceAll("_(bucket|count|sum|max)$", "").equals(name));
    }

    /** The sum over every series of this metric name, whatever its labels. */
    double total(String name) {
        return samples.entrySet().stream()
                .filter(sample -> sample.getKey().equals(name) || sample.getKey().startsWith(name + "{"))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
