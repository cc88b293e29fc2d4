package roundtable.domain;

/**
 * The phase timer, held as an end time so that every client can count down on its own and the
 * server can tell, after a restart, whether it ran out meanwhile.
 *
 * @param endsAt      epoch ms the running timer ends, or null when it is not running
 * @param remainingMs what is left of a paused timer, or null
 * @param expired     it ran out; set once, so expiry is announced once
 */
public record Timer(boolean running, Long endsAt, Long remainingMs, boolean expired) {

    static Timer idle() {
        return new Timer(false, null, null, false);
    }

    public boolean paused() {
        return !running && remainingMs != null && remainingMs > 0;
    }

    /** What is left at {@code now}, or null for a timer that was never started. */
    public Long remaining(long now) {
        if (running) {
            return Math.max(0, endsAt - now);
        }
        return remainingMs;
    }
}
