package roundtable.domain;

import java.util.ArrayList;
import java.util.List;

/** Applies one event to a state. Events are facts already decided, so this never refuses one. */
public final class Evolver {

    private Evolver() {
    }

    public static SessionState evolve(SessionState state, Event event) {
        if (event instanceof Event.SessionCreated created) {
            return new SessionState(created.sessionId(), created.title(), created.protocol(), created.groupId(),
                    created.at(), 0, null, List.of(), List.of(), 0, null);
        }
        if (event instanceof Event.ParticipantJoined joined) {
            List<Participant> participants = new ArrayList<>(state.participants());
            participants.add(new Participant(joined.participantId(), joined.name(), joined.role()));
            return state.withParticipants(participants);
        }
        if (event instanceof Event.PhaseChanged changed) {
            return state.withPhaseIndex(changed.index());
        }
        if (event instanceof Event.PresenterSet set) {
            return state.withPresenter(set.participantId());
        }
        if (event instanceof Event.CardAdded added) {
            List<Card> cards = new ArrayList<>(state.cards());
            cards.add(added.card());
            return state.withCards(cards, state.cardsCreated() + 1);
        }
        if (event instanceof Event.CardEdited edited) {
            return state.withCards(state.cards().stream()
                    .map(c -> c.id().equals(edited.cardId()) ? c.withText(edited.text()) : c)
                    .toList(), state.cardsCreated());
        }
        if (event instanceof Event.CardRemoved removed) {
            return state.withCards(state.cards().stream()
                    .filter(c -> !c.id().equals(removed.cardId()))
                    .toList(), state.cardsCreated());
        }
        if (event instanceof Event.SessionEnded ended) {
            return state.withEndedAt(ended.at());
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
}
