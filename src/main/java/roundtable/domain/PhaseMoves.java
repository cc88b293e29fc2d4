package roundtable.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Moving to another phase: the phase change, the first turn if the new phase starts with one, and
 * the timer of a phase that runs by itself (auto-advance), so that such phases can follow each other.
 */
final class PhaseMoves {

    private PhaseMoves() {
    }

    static List<Event> moveTo(SessionState state, int index, long now) {
        List<Event> events = new ArrayList<>();
        Phase next = state.protocol().phase(index);
        List<String> order = next.turns() == TurnMode.ROUND_ROBIN ? SpeakingOrder.of(state, next) : List.of();
        Event changed = new Event.PhaseChanged(index, next.id(), order, now);
        events.add(changed);
        TurnRules.opening(Evolver.evolve(state, changed), now).ifPresent(events::add);
        Phase phase = state.protocol().phase(index);
        if (phase.autoAdvance() && phase.timeboxSeconds() > 0) {
            events.add(new Event.TimerStarted(now + phase.timeboxSeconds() * 1000L, now));
        }
        return events;
    }
}
