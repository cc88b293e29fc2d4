package roundtable.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Who speaks in a round, and in what order: everyone who takes part, in the order they joined, but
 * not the facilitator, who runs the round (unless the phase says the facilitator takes a turn too,
 * then last), and not the presenter in a phase where the others speak for the presenter.
 */
final class SpeakingOrder {

    private SpeakingOrder() {
    }

    static List<String> of(SessionState state, Phase phase) {
        List<String> order = new ArrayList<>();
        String facilitator = null;
        for (Participant p : state.participants()) {
            if (p.role() == Role.FACILITATOR) {
                facilitator = p.id();
            } else if (speaks(state, phase, p)) {
                order.add(p.id());
            }
        }
        if (facilitator != null && phase.facilitatorTakesTurn()) {
            order.add(facilitator);
        }
        return order;
    }

    /**
     * The order once {@code newcomer} joined during the round: at the end, but before a facilitator
     * who takes the last turn.
     */
    static List<String> withLateComer(SessionState state, Phase phase, List<String> order, Participant newcomer) {
        if (!speaks(state, phase, newcomer) || order.contains(newcomer.id())) {
            return order;
        }
        List<String> longer = new ArrayList<>(order);
        String facilitator = state.facilitator().map(Participant::id).orElse(null);
        boolean facilitatorLast = !longer.isEmpty() && longer.get(longer.size() - 1).equals(facilitator);
        longer.add(facilitatorLast ? longer.size() - 1 : longer.size(), newcomer.id());
        return longer;
    }

    /** Whether someone has a place in the phase's round. */
    static boolean speaks(SessionState state, Phase phase, Participant participant) {
        if (!participant.contributes()) {
            return false;
        }
        if (participant.role() == Role.FACILITATOR) {
            return phase.facilitatorTakesTurn();
        }
        return !(phase.whoMayPost() == WhoMayPost.OTHERS && participant.id().equals(state.presenterId()));
    }
}
