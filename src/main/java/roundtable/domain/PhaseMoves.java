package roundtable.domain;

import java.util.ArrayList;
import java.util.List;

/** Moving to another phase: the phase change, then the first turn if the new phase starts with one. */
final class PhaseMoves {

    private PhaseMoves() {
    }

    static List<Event> moveTo(SessionState state, int index, long now) {
        List<Event> events = new ArrayList<>();
        Event changed = new Event.PhaseChanged(index, state.protocol().phase(index).id(), now);
        events.add(changed);
        TurnRules.opening(Evolver.evolve(state, changed), now).ifPresent(events::add);
        return events;
    }
}
