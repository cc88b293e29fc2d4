package roundtable.domain;

/**
 * The phase timer, held as an end time so that every client can count down on its own and the
 * server can tell, after a restart, whether it ran out meanwhile.
 *
 * @param endsAt      epoch ms the running timer ends, or null when it is not running
 * @param remainingMs what is left of a paused timer, or null
 * @param expiredAt   epoch ms it ran out, or null; set once, so expiry is announced once, and kept so
 *                    that everyone can see by how much the phase runs over
 */
public record Timer(boolean running, Long endsAt, Long remainingMs, Long expiredAt) {

    static Timer idle() {
        return new Timer(false, null, null, null);
    }

    public boolean expired() {
        return expiredAt != null;
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
