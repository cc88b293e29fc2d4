package roundtable.gateway;

/**
 * A token bucket: holds at most {@code burst} tokens and gains {@code perSecond} of them every
 * second; each allowed action takes one. Pure: the time (in nanoseconds, any origin, such as
 * {@link System#nanoTime()}) is passed in with every call. Not thread-safe; its owner confines it.
 */
final class RateLimit {

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long last;

    RateLimit(double perSecond, int burst, long nowNanos) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.last = nowNanos;
    }

    /** Takes a token when there is one; false, and nothing taken, when the bucket is empty. */
    boolean tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** True when no whole token is left right now. */
    boolean empty(long nowNanos) {
        refill(nowNanos);
        return tokens < 1;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - last;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * perSecond / 1_000_000_000.0);
            last = nowNanos;
        }
    }
}
