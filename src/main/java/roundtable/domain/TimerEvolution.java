package roundtable.domain;

import java.util.Optional;

/** How timer events change the state: the phase timer's end time and the turn timer's expiry. */
final class TimerEvolution {

    private TimerEvolution() {
    }

    static Optional<SessionState> evolve(SessionState state, Event event) {
        Timer timer = state.timer();
        if (event instanceof Event.TimerStarted started) {
            return Optional.of(state.withTimer(new Timer(true, started.endsAt(), null, false)));
        }
        if (event instanceof Event.TimerPaused paused) {
            return Optional.of(state.withTimer(new Timer(false, null, paused.remainingMs(), false)));
        }
        if (event instanceof Event.TimerResumed resumed) {
            return Optional.of(state.withTimer(new Timer(true, resumed.endsAt(), null, false)));
        }
        if (event instanceof Event.TimerExtended extended) {
            return Optional.of(state.withTimer(new Timer(timer.running(), extended.endsAt(), extended.remainingMs(), false)));
        }
        if (event instanceof Event.TimerExpired expired) {
            if (TimerRules.TURN.equals(expired.timer())) {
                return Optional.of(state.withFloor(state.floor().withTurnExpired()));
            }
            return Optional.of(state.withTimer(new Timer(false, null, 0L, true)));
        }
        return Optional.empty();
    }
}
