package roundtable.domain;

import java.util.Optional;

/** How timer events change the state: the phase timer's end time and the turn timer's expiry. */
final class TimerEvolution {

    private TimerEvolution() {
    }

    static Optional<SessionState> evolve(SessionState state, Event event) {
        Timer timer = state.timer();
        if (event instanceof Event.TimerStarted started) {
            return Optional.of(state.withTimer(new Timer(true, started.endsAt(), null, null)));
        }
        if (event instanceof Event.TimerPaused paused) {
            return Optional.of(state.withTimer(new Timer(false, null, paused.remainingMs(), null)));
        }
        if (event instanceof Event.TimerResumed resumed) {
            return Optional.of(state.withTimer(new Timer(true, resumed.endsAt(), null, null)));
        }
        if (event instanceof Event.TimerExtended extended) {
            return Optional.of(state.withTimer(new Timer(timer.running(), extended.endsAt(), extended.remainingMs(), null)));
        }
        if (event instanceof Event.TimerExpired expired) {
            if (TimerRules.TURN.equals(expired.timer())) {
                return Optional.of(state.withFloor(state.floor().withTurnExpired()));
            }
            // It ran out when it was due, even if the room noticed later (after a restart, say).
            long due = timer.endsAt() != null ? Math.min(timer.endsAt(), expired.at()) : expired.at();
            return Optional.of(state.withTimer(new Timer(false, null, 0L, due)));
        }
        return Optional.empty();
    }
}
