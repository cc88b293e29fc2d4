package roundtable.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Applies one event to a state. Events are facts already decided, so this never refuses one. */
public final class Evolver {

    private Evolver() {
    }

    public static SessionState evolve(SessionState state, Event event) {
        if (event instanceof Event.SessionCreated created) {
            SessionTerms terms = created.terms();
            return new SessionState(created.sessionId(), created.title(), created.protocol(), created.groupId(), terms,
                    created.at(), 0, null, List.of(), List.of(), 0, null,
                    Floor.open().forPhase(created.protocol().phase(0).turns(), List.of(), created.at()),
                    Timer.idle(), terms.openCommitments(), null, null);
        }
        if (event instanceof Event.CommitmentAdded added) {
            List<Commitment> commitments = new ArrayList<>(state.commitments());
            commitments.add(added.commitment());
            return state.withCommitments(commitments);
        }
        if (event instanceof Event.CommitmentReported reported) {
            return state.withCommitments(state.commitments().stream()
                    .map(c -> c.id().equals(reported.commitment().id()) ? reported.commitment() : c)
                    .toList());
        }
        if (event instanceof Event.ParticipantJoined joined) {
            List<Participant> participants = new ArrayList<>(state.participants());
            Participant newcomer = Participant.joined(joined.participantId(), joined.name(), joined.role(), joined.at());
            participants.add(newcomer);
            // Someone who arrives during a round still gets their turn in it, at the end.
            Floor floor = state.floor();
            if (floor.mode() == TurnMode.ROUND_ROBIN) {
                floor = floor.withOrder(SpeakingOrder.withLateComer(state, state.phase(), floor.order(), newcomer));
            }
            return state.withParticipants(participants).withFloor(floor);
        }
        if (event instanceof Event.PresenceChanged presence) {
            return state.withParticipants(updateParticipant(state, presence.participantId(),
                    p -> p.withOnline(presence.online(), presence.at())));
        }
        if (event instanceof Event.PhaseChanged changed) {
            Phase phase = state.protocol().phase(changed.index());
            List<String> order = changed.order() != null ? changed.order()
                    : phase.turns() == TurnMode.ROUND_ROBIN ? SpeakingOrder.of(state, phase) : List.of();
            return state.withPhaseIndex(changed.index())
                    .withFloor(state.floor().forPhase(phase.turns(), order, changed.at()))
                    .withTimer(Timer.idle());
        }
        if (event instanceof Event.PresenterSet set) {
            SessionState presenting = state.withPresenter(set.participantId());
            // In a round where the others speak for the presenter, the presenter has no turn.
            Floor floor = state.floor();
            if (floor.mode() == TurnMode.ROUND_ROBIN && state.phase().whoMayPost() == WhoMayPost.OTHERS
                    && floor.order().contains(set.participantId())) {
                floor = floor.withOrder(floor.order().stream().filter(id -> !id.equals(set.participantId())).toList());
            }
            return presenting.withFloor(floor);
        }
        if (event instanceof Event.CardAdded added) {
            return state.withCards(GrowingList.of(state.cards()).plus(added.card()), state.cardsCreated() + 1);
        }
        if (event instanceof Event.CardEdited edited) {
            return state.withCards(state.cards().stream()
                    .map(c -> c.id().equals(edited.card().id()) ? edited.card() : c)
                    .toList(), state.cardsCreated());
        }
        if (event instanceof Event.CardRemoved removed) {
            SessionState without = state.withCards(state.cards().stream()
                    .filter(c -> !c.id().equals(removed.cardId()))
                    .toList(), state.cardsCreated());
            return removed.cardId().equals(state.spotlightCardId()) ? without.withSpotlight(null) : without;
        }
        if (event instanceof Event.CardReacted reacted) {
            return state.withCards(state.cards().stream()
                    .map(c -> c.id().equals(reacted.card().id()) ? reacted.card() : c)
                    .toList(), state.cardsCreated());
        }
        if (event instanceof Event.CardSpotlighted spotlighted) {
            return state.withSpotlight(spotlighted.cardId());
        }
        if (event instanceof Event.FacilitatorHanded handed) {
            return roleMoved(state, handed.fromId(), handed.toId());
        }
        if (event instanceof Event.FacilitatorClaimed claimed) {
            return roleMoved(state, claimed.fromId(), claimed.toId());
        }
        if (event instanceof Event.CallLinkSet link) {
            return state.withCallLink(link.url());
        }
        if (event instanceof Event.CardMoved moved) {
            return state.withCards(CardOrder.place(state.cards(), moved.card(), moved.index()), state.cardsCreated());
        }
        if (event instanceof Event.CardsRevealed revealed) {
            Map<String, Card> shown = revealed.cards().stream().collect(Collectors.toMap(Card::id, c -> c));
            return state.withCards(state.cards().stream()
                    .map(c -> shown.getOrDefault(c.id(), c))
                    .toList(), state.cardsCreated());
        }
        if (event instanceof Event.TurnChanged turn) {
            return state.withFloor(state.floor().withSpeaker(turn.speakerId(), turn.at(), state.phase().turnSeconds()));
        }
        if (event instanceof Event.TurnPassed passed) {
            return state.withFloor(state.floor().withPass(passed.participantId()));
        }
        if (event instanceof Event.HandRaised raised) {
            List<String> queue = new ArrayList<>(state.floor().queue());
            queue.add(raised.participantId());
            return state.withFloor(state.floor().withQueue(queue));
        }
        if (event instanceof Event.HandLowered lowered) {
            List<String> queue = new ArrayList<>(state.floor().queue());
            queue.remove(lowered.participantId());
            return state.withFloor(state.floor().withQueue(queue));
        }
        if (event instanceof Event.QueueReordered reordered) {
            return state.withFloor(state.floor().withQueue(reordered.queue()));
        }
        return TimerEvolution.evolve(state, event)
                .orElseGet(() -> ending(state, event));
    }

    private static SessionState ending(SessionState state, Event event) {
        if (event instanceof Event.SessionEnded ended) {
            return state.withFloor(state.floor().closed(ended.at())).withTimer(Timer.idle()).withEndedAt(ended.at());
        }
        if (event instanceof Event.OffRecord offRecord) {
            return offRecord.cardAdded() ? state.withCards(state.cards(), state.cardsCreated() + 1) : state;
        }
        throw new IllegalArgumentException("no evolution for " + event.getClass().getSimpleName());
    }

    public static SessionState replay(Iterable<Event> events) {
        SessionState state = SessionState.initial();
        for (Event event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    private static SessionState roleMoved(SessionState state, String fromId, String toId) {
        return state.withParticipants(state.participants().stream()
                .map(p -> p.id().equals(fromId) ? p.withRole(Role.PARTICIPANT)
                        : p.id().equals(toId) ? p.withRole(Role.FACILITATOR) : p)
                .toList());
    }

    private static List<Participant> updateParticipant(SessionState state, String participantId,
                                                       UnaryOperator<Participant> change) {
        return state.participants().stream()
                .map(p -> p.id().equals(participantId) ? change.apply(p) : p)
                .toList();
    }
}
