package roundtable.domain;

import static roundtable.domain.Decision.accept;
import static roundtable.domain.Decision.reject;

import java.util.Optional;

/**
 * Who facilitates: the facilitator hands the role on, or, when the facilitator has been away longer
 * than the house allows, anyone taking part takes it over, so a group is never left without one.
 */
final class RoleRules {

    private RoleRules() {
    }

    static Decision handOff(SessionState state, String actorId, Command.HandOff handOff, long now) {
        if (handOff.participantId() == null) {
            return reject(Reason.BAD_REQUEST, "participantId is required: who takes over.");
        }
        Optional<Participant> next = state.participant(handOff.participantId());
        if (next.isEmpty()) {
            return reject(Reason.NOT_FOUND, "participantId must name someone in this session.");
        }
        if (next.get().id().equals(actorId)) {
            return reject(Reason.INVALID_STATE, "You are the facilitator already.");
        }
        if (next.get().role() == Role.OBSERVER) {
            return reject(Reason.INVALID_STATE, "An observer cannot facilitate; pick a participant.");
        }
        return accept(new Event.FacilitatorHanded(actorId, next.get().id(), now));
    }

    static Decision claim(SessionState state, String actorId, HouseRules rules, long now) {
        Optional<Participant> facilitator = state.facilitator();
        if (facilitator.isEmpty()) {
            return reject(Reason.INVALID_STATE, "This session has no facilitator to take over from.");
        }
        if (facilitator.get().id().equals(actorId)) {
            return reject(Reason.INVALID_STATE, "You are the facilitator already.");
        }
        Participant away = facilitator.get();
        if (away.online() || away.awaySince() == null) {
            return reject(Reason.INVALID_STATE, away.name() + " is here and facilitating; ask them to hand the role on."
                    + " Taking over becomes possible once they have been away for " + duration(rules.facilitatorTakeoverMs()) + ".");
        }
        long waited = now - away.awaySince();
        if (waited < rules.facilitatorTakeoverMs()) {
            long left = rules.facilitatorTakeoverMs() - waited;
            return reject(Reason.INVALID_STATE, away.name() + " has been away for " + duration(waited)
                    + "; taking over becomes possible in " + duration(left) + ", in case they are only reconnecting.");
        }
        return accept(new Event.FacilitatorClaimed(away.id(), actorId, now));
    }

    /** "1 min 5 s", "45 s": rounded up to whole seconds, so "possible in 0 s" never happens. */
    static String duration(long ms) {
        long seconds = Math.max(1, (ms + 999) / 1000);
        long minutes = seconds / 60;
        long rest = seconds % 60;
        if (minutes == 0) {
            return rest + " s";
        }
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }
}
