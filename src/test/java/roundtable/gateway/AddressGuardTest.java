package roundtable.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import roundtable.config.Config;
import roundtable.metrics.NodeMetrics;

class AddressGuardTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final AddressGuard guard = new AddressGuard(
            new Config.RateLimits(20, 40, 5, Duration.ofSeconds(60), 3), now::get, NodeMetrics.off().sockets());

    @Test
    void misses_beyond_the_limit_are_refused_for_a_while_then_answered_as_usual_again() {
        for (int i = 0; i < 5; i++) {
            assertEquals(0, guard.missed("10.0.0.1", Secret.RECAP_LINK), "miss " + (i + 1) + " of 5 gets its usual answer");
        }
        assertEquals(60, guard.missed("10.0.0.1", Secret.RECAP_LINK), "the sixth is refused, with the wait");
        assertEquals(0, guard.blockedSeconds("10.0.0.2", Secret.RECAP_LINK), "other addresses are not affected");
        now.addAndGet(59 * SECOND + SECOND / 2);
        assertEquals(1, guard.blockedSeconds("10.0.0.1", Secret.RECAP_LINK), "Retry-After rounds up");
        now.addAndGet(SECOND);
        assertEquals(0, guard.blockedSeconds("10.0.0.1", Secret.RECAP_LINK));
    }

    @Test
    void misses_of_one_kind_of_secret_never_block_another_kind() {
        for (int i = 0; i < 25; i++) {
            guard.missed("10.0.0.1", Secret.RECAP_LINK);
        }
        assertTrue(guard.blockedSeconds("10.0.0.1", Secret.RECAP_LINK) > 0);
        assertEquals(0, guard.blockedSeconds("10.0.0.1", Secret.SESSION_TOKEN));
        assertEquals(0, guard.missed("10.0.0.1", Secret.INVITE_CODE), "a first wrong invite code gets its usual 403");
    }

    @Test
    void misses_spread_over_time_are_never_refused() {
        for (int i = 0; i < 50; i++) {
            assertEquals(0, guard.missed("10.0.0.1", Secret.SESSION_TOKEN));
            now.addAndGet(12 * SECOND); // 5 per minute come back at one per 12 s
        }
    }

    @Test
    void the_number_of_pairs_kept_is_bounded() {
        for (int i = 0; i < 1_000; i++) {
            guard.missed("10.0.%d.%d".formatted(i / 256, i % 256), Secret.SESSION_TOKEN);
        }
        assertTrue(guard.tracked() <= 3);
    }
}
