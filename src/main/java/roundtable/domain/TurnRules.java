package roundtable.domain;

import static roundtable.domain.Decision.accept;
import static roundtable.domain.Decision.reject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Who holds the floor: a fixed order with the right to pass (round-robin), raised hands called in
 * the order they went up (queue), or the presenter for the whole phase.
 */
final class TurnRules {

    private TurnRules() {
    }

    /** The first turn of a phase, or of a presenter's floor, if someone should start speaking at once. */
    static Optional<Event> opening(SessionState state, long now) {
        Floor floor = state.floor();
        if (floor.mode() == TurnMode.ROUND_ROBIN) {
            return nextInOrder(state).map(first -> new Event.TurnChanged(first, now));
        }
        if (floor.mode() == TurnMode.PRESENTER && state.presenterId() != null
                && !state.presenterId().equals(floor.speakerId())) {
            return Optional.of(new Event.TurnChanged(state.presenterId(), now));
        }
        return Optional.empty();
    }

    static Decision next(SessionState state, String actorId, Command.NextTurn next, long now) {
        Floor floor = state.floor();
        Optional<Decision> refused = refuseWithoutTurns(state, floor);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!isFacilitator(state, actorId) && !actorId.equals(floor.speakerId())) {
            return reject(Reason.FORBIDDEN, "Only the facilitator or the person speaking can move to the next turn.");
        }
        if (next.fromSpeakerId() != null && !next.fromSpeakerId().equals(floor.speakerId() == null ? "" : floor.speakerId())) {
            // A second click, or someone else moved the floor meanwhile: it has moved on already.
            return reject(Reason.INVALID_STATE, (floor.speakerId() == null ? "Nobody has the floor"
                    : name(state, floor.speakerId()) + " has the floor") + " now; the turn had already moved on, so nothing was changed.");
        }
        List<String> waiting = floor.mode() == TurnMode.ROUND_ROBIN
                ? floor.order().stream().filter(id -> !floor.spoken().contains(id) && !id.equals(floor.speakerId())).toList()
                : floor.queue();
        Optional<String> chosen = waiting.stream().filter(state::isOnline).findFirst();
        List<String> skipped = waiting.stream().takeWhile(id -> !chosen.map(id::equals).orElse(false))
                .filter(id -> !state.isOnline(id)).toList();
        if (chosen.isEmpty() && floor.speakerId() == null) {
            if (!skipped.isEmpty()) {
                return reject(Reason.INVALID_STATE, (floor.mode() == TurnMode.ROUND_ROBIN ? "Everyone still to speak is offline: "
                        : "The hands still up belong to people who are offline: ") + names(state, skipped)
                        + (floor.mode() == TurnMode.QUEUE ? ". Lower their hands, or give the floor to someone here." : "; give the floor to someone here."));
            }
            return reject(Reason.INVALID_STATE, floor.mode() == TurnMode.ROUND_ROBIN
                    ? "Everyone present has had a turn in this round; give the floor to someone to go on."
                    : "Nobody has raised a hand.");
        }
        return accept(new Event.TurnChanged(chosen.orElse(null), skipped, now));
    }

    static Decision pass(SessionState state, String actorId, long now) {
        Floor floor = state.floor();
        if (floor.mode() != TurnMode.ROUND_ROBIN) {
            return reject(Reason.INVALID_STATE, "Passing is for phases where everyone speaks in turn.");
        }
        if (!actorId.equals(floor.speakerId())) {
            return reject(Reason.INVALID_STATE, "Only the person whose turn it is can pass.");
        }
        SessionState passed = Evolver.evolve(state, new Event.TurnPassed(actorId, now));
        return accept(new Event.TurnPassed(actorId, now), new Event.TurnChanged(nextInOrder(passed).orElse(null), now));
    }

    static Decision give(SessionState state, Command.GiveTurn give, long now) {
        Optional<Decision> refused = refuseWithoutTurns(state, state.floor());
        if (refused.isPresent()) {
            return refused.get();
        }
        if (give.participantId() == null) {
            return reject(Reason.BAD_REQUEST, "participantId is required.");
        }
        Optional<Participant> speaker = state.participant(give.participantId());
        if (speaker.isEmpty()) {
            return reject(Reason.NOT_FOUND, "participantId must name someone in this session.");
        }
        if (!speaker.get().contributes()) {
            return reject(Reason.INVALID_STATE, "Observers do not take the floor.");
        }
        if (!speaker.get().online()) {
            return reject(Reason.INVALID_STATE, speaker.get().name() + " is not connected right now.");
        }
        if (speaker.get().id().equals(state.floor().speakerId())) {
            return reject(Reason.INVALID_STATE, speaker.get().name() + " has the floor already.");
        }
        return accept(new Event.TurnChanged(speaker.get().id(), now));
    }

    static Decision raise(SessionState state, String actorId, long now) {
        Floor floor = state.floor();
        if (floor.mode() != TurnMode.QUEUE) {
            return reject(Reason.INVALID_STATE, "Hands are raised in phases with a queue; '" + state.phase().name()
                    + "' works " + describe(floor.mode()) + ".");
        }
        if (floor.queue().contains(actorId)) {
            return reject(Reason.INVALID_STATE, "Your hand is raised already.");
        }
        if (actorId.equals(floor.speakerId())) {
            return reject(Reason.INVALID_STATE, "You have the floor.");
        }
        return accept(new Event.HandRaised(actorId, now));
    }

    static Decision lower(SessionState state, String actorId, Command.LowerHand lower, long now) {
        String whose = lower.participantId() == null ? actorId : lower.participantId();
        if (!whose.equals(actorId) && !isFacilitator(state, actorId)) {
            return reject(Reason.FORBIDDEN, "Only the facilitator can lower someone else's hand.");
        }
        if (!state.floor().queue().contains(whose)) {
            return reject(Reason.INVALID_STATE, whose.equals(actorId) ? "Your hand is not raised." : "That hand is not raised.");
        }
        return accept(new Event.HandLowered(whose, now));
    }

    static Decision reorder(SessionState state, Command.ReorderQueue reorder, long now) {
        List<String> queue = state.floor().queue();
        if (queue.isEmpty()) {
            return reject(Reason.INVALID_STATE, "Nobody has raised a hand, so there is nothing to reorder.");
        }
        List<String> order = reorder.order() == null ? List.of() : reorder.order();
        boolean permutation = order.size() == queue.size() && new HashSet<>(order).equals(new HashSet<>(queue));
        if (!permutation) {
            return reject(Reason.BAD_REQUEST, "order must list exactly the raised hands, each once: " + String.join(", ", queue) + ".");
        }
        return accept(new Event.QueueReordered(new ArrayList<>(order), now));
    }

    private static String name(SessionState state, String participantId) {
        return state.participant(participantId).map(Participant::name).orElse("Someone who left");
    }

    private static String names(SessionState state, List<String> participantIds) {
        return String.join(", ", participantIds.stream().map(id -> name(state, id)).toList());
    }

    /** The next person in a round-robin who is here and has not spoken or passed in this round. */
    private static Optional<String> nextInOrder(SessionState state) {
        Floor floor = state.floor();
        return floor.order().stream()
                .filter(id -> !floor.spoken().contains(id) && state.isOnline(id))
                .findFirst();
    }

    private static Optional<Decision> refuseWithoutTurns(SessionState state, Floor floor) {
        if (floor.mode() == TurnMode.OPEN) {
            return Optional.of(reject(Reason.INVALID_STATE, "'" + state.phase().name() + "' is an open discussion without turns."));
        }
        if (floor.mode() == TurnMode.PRESENTER) {
            return Optional.of(reject(Reason.INVALID_STATE, "In '" + state.phase().name() + "' the presenter holds the floor."));
        }
        return Optional.empty();
    }

    private static boolean isFacilitator(SessionState state, String participantId) {
        return state.participant(participantId).map(p -> p.role() == Role.FACILITATOR).orElse(false);
    }

    private static String describe(TurnMode mode) {
        return switch (mode) {
            case OPEN -> "as an open discussion";
            case ROUND_ROBIN -> "in a fixed order";
            case QUEUE -> "with a queue";
            case PRESENTER -> "with the presenter holding the floor";
        };
    }
}
