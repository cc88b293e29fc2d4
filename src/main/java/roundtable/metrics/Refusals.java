package roundtable.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Error frames sent to clients, by error code, whether a room refused a command or a socket refused a
 * frame. One series per code; codes come from fixed lists (the domain's reasons and the wire's own).
 */
final class Refusals {

    private final MeterRegistry registry;
    private final Map<String, Counter> byCode = new ConcurrentHashMap<>();

    Refusals(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String code) {
        byCode.computeIfAbsent(code, c -> Counter.builder("roundtable.refusals").tag("code", c)
                .description("Error frames sent to clients, by error code").register(registry)).increment();
    }
}
