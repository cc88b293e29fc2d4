package roundtable.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketAllowsTheBurstAndThenRefuses() {
        RateLimit limit = new RateLimit(20, 40, 0);
        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            if (limit.tryTake(0)) {
                allowed++;
            }
        }
        assertEquals(40, allowed);
        assertTrue(limit.empty(0));
    }

    @Test
    void tokensComeBackAtTheRate() {
        RateLimit limit = new RateLimit(20, 40, 0);
        while (limit.tryTake(0)) {
            // empty it
        }
        assertFalse(limit.tryTake(SECOND / 40), "half a token is not a token");
        assertTrue(limit.tryTake(SECOND / 20), "one token after 1/20 s");
        assertFalse(limit.tryTake(SECOND / 20));
        int allowed = 0;
        while (limit.tryTake(SECOND / 20 + SECOND)) {
            allowed++;
        }
        assertEquals(20, allowed, "20 more after a second");
    }

    @Test
    void theBucketNeverHoldsMoreThanTheBurst() {
        RateLimit limit = new RateLimit(20, 40, 0);
        int allowed = 0;
        while (limit.tryTake(3600 * SECOND)) {
            allowed++;
        }
        assertEquals(40, allowed);
    }

    @Test
    void aRefusalTakesNothing() {
        RateLimit limit = new RateLimit(1, 1, 0);
        assertTrue(limit.tryTake(0));
        for (int i = 0; i < 10; i++) {
            assertFalse(limit.tryTake(SECOND / 2));
        }
        assertTrue(limit.tryTake(SECOND), "refused attempts did not push the next token back");
    }

    @Test
    void aClockThatGoesBackwardsGivesNothingAway() {
        RateLimit limit = new RateLimit(10, 1, 5 * SECOND);
        assertTrue(limit.tryTake(5 * SECOND));
        assertFalse(limit.tryTake(0));
        assertFalse(limit.tryTake(5 * SECOND));
        assertTrue(limit.tryTake(5 * SECOND + SECOND / 10));
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, 0, 0));
    }
}
