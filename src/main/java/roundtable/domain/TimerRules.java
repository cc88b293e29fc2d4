package roundtable.domain;

import static roundtable.domain.Decision.accept;
import static roundtable.domain.Decision.reject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The phase timer and the per-turn timebox, held as end times; expiry is decided once. */
final class TimerRules {

    static final String PHASE = "phase";
    static final String TURN = "turn";
    static final int MAX_SECONDS = 24 * 60 * 60;

    private TimerRules() {
    }

    static Decision start(SessionState state, Command.StartTimer start, long now) {
        int seconds = start.seconds() != null ? start.seconds() : state.phase().timeboxSeconds();
        Optional<Decision> bad = checkSeconds(seconds, start.seconds() == null);
        if (bad.isPresent()) {
            return bad.get();
        }
        return accept(new Event.TimerStarted(now + seconds * 1000L, now));
    }

    static Decision pause(SessionState state, long now) {
        if (!state.timer().running()) {
            return reject(Reason.INVALID_STATE, "The timer is not running.");
        }
        if (state.timer().endsAt() <= now) {
            // Its time is up already: it runs out, once, rather than stopping at zero forever.
            return expire(state, now);
        }
        return accept(new Event.TimerPaused(state.timer().remaining(now), now));
    }

    static Decision resume(SessionState state, long now) {
        if (!state.timer().paused()) {
            return reject(Reason.INVALID_STATE, "The timer is not paused.");
        }
        return accept(new Event.TimerResumed(now + state.timer().remainingMs(), now));
    }

    static Decision extend(SessionState state, Command.ExtendTimer extend, long now) {
        if (extend.seconds() == null) {
            return reject(Reason.BAD_REQUEST, "seconds is required: how much time to add.");
        }
        Optional<Decision> bad = checkSeconds(extend.seconds(), false);
        if (bad.isPresent()) {
            return bad.get();
        }
        long added = extend.seconds() * 1000L;
        Timer timer = state.timer();
        if (timer.running()) {
            // An overdue timer (its expiry not yet processed) is extended from now, not from the past.
            return accept(new Event.TimerExtended(Math.max(timer.endsAt(), now) + added, null, now));
        }
        if (timer.paused()) {
            return accept(new Event.TimerExtended(null, timer.remainingMs() + added, now));
        }
        return reject(Reason.INVALID_STATE, "The timer is not running; start it with the time you want.");
    }

    /**
     * What has run out by {@code now}: each timer's expiry once, and the move to the next phase when
     * the phase asks for it.
     */
    static Decision expire(SessionState state, long now) {
        List<Event> events = new ArrayList<>();
        Floor floor = state.floor();
        if (floor.turnEndsAt() != null && !floor.turnExpired() && floor.turnEndsAt() <= now) {
            events.add(new Event.TimerExpired(TURN, now));
        }
        Timer timer = state.timer();
        if (timer.running() && timer.endsAt() <= now) {
            events.add(new Event.TimerExpired(PHASE, now));
            if (state.phase().autoAdvance() && state.phaseIndex() < state.protocol().lastIndex()) {
                SessionState expired = Evolver.evolve(state, events.get(events.size() - 1));
                events.addAll(PhaseMoves.moveTo(expired, state.phaseIndex() + 1, now));
            }
        }
        return new Decision.Accepted(events);
    }

    private static Optional<Decision> checkSeconds(int seconds, boolean fromPhase) {
        if (seconds < 1 || seconds > MAX_SECONDS) {
            return Optional.of(reject(Reason.BAD_REQUEST, fromPhase
                    ? "This phase has no timebox; say how many seconds the timer should run."
                    : "seconds must be from 1 to " + MAX_SECONDS + "."));
        }
        return Optional.empty();
    }
}
