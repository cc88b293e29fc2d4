package roundtable.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import roundtable.config.Config;

class AddressGuardTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final AddressGuard guard = new AddressGuard(
            new Config.RateLimits(20, 40, 5, Duration.ofSeconds(60), 3), now::get);

    @Test
    void anAddressIsBlockedAfterTheLimitOfFailuresAndFreeAgainAfterTheBlock() {
        for (int i = 0; i < 4; i++) {
            guard.failed("10.0.0.1");
            assertEquals(0, guard.blockedSeconds("10.0.0.1"), "failure " + (i + 1) + " of 5 does not block");
        }
        guard.failed("10.0.0.1");
        assertEquals(60, guard.blockedSeconds("10.0.0.1"));
        assertEquals(0, guard.blockedSeconds("10.0.0.2"), "other addresses are not affected");
        now.addAndGet(59 * SECOND + SECOND / 2);
        assertEquals(1, guard.blockedSeconds("10.0.0.1"), "Retry-After rounds up");
        now.addAndGet(SECOND);
        assertEquals(0, guard.blockedSeconds("10.0.0.1"));
    }

    @Test
    void failuresSpreadOverTimeDoNotBlock() {
        for (int i = 0; i < 50; i++) {
            guard.failed("10.0.0.1");
            now.addAndGet(12 * SECOND); // 5 per minute come back at one per 12 s
        }
        assertEquals(0, guard.blockedSeconds("10.0.0.1"));
    }

    @Test
    void theNumberOfAddressesKeptIsBounded() {
        for (int i = 0; i < 1_000; i++) {
            guard.failed("10.0.%d.%d".formatted(i / 256, i % 256));
        }
        assertTrue(guard.trackedAddresses() <= 3);
    }
}
