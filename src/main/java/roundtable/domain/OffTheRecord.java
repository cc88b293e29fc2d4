package roundtable.domain;

import java.util.List;
import java.util.Optional;

/**
 * What may be kept. Off-the-record cards are shown live but their words never reach storage:
 * their events are replaced by {@link Event.OffRecord} before they are written.
 */
public final class OffTheRecord {

    private OffTheRecord() {
    }

    /** The event as it may be stored, given the state just before it happened. */
    public static Event forStorage(SessionState before, Event event) {
        if (event instanceof Event.CardAdded added && added.card().offRecord()) {
            return new Event.OffRecord(true, added.at());
        }
        if (event instanceof Event.CardEdited edited && edited.card().offRecord()) {
            return new Event.OffRecord(false, edited.at());
        }
        if (event instanceof Event.CardSpotlighted spotlighted && spotlighted.cardId() != null
                && isOffRecord(before, spotlighted.cardId())) {
            // Kept as "nothing in the spotlight": the card itself is not kept.
            return new Event.CardSpotlighted(null, spotlighted.at());
        }
        if (event instanceof Event.CardReacted reacted && reacted.card().offRecord()) {
            return new Event.OffRecord(false, reacted.at());
        }
        if (event instanceof Event.CardMoved moved && moved.card().offRecord()) {
            return new Event.OffRecord(false, moved.at());
        }
        if (event instanceof Event.CardsRevealed revealed && revealed.cards().stream().anyMatch(Card::offRecord)) {
            List<Card> kept = revealed.cards().stream().filter(card -> !card.offRecord()).toList();
            return kept.isEmpty() ? new Event.OffRecord(false, revealed.at()) : new Event.CardsRevealed(kept, revealed.at());
        }
        if (event instanceof Event.CardRemoved removed && isOffRecord(before, removed.cardId())) {
            return new Event.OffRecord(false, removed.at());
        }
        return event;
    }

    private static boolean isOffRecord(SessionState state, String cardId) {
        Optional<Card> card = state.card(cardId);
        return card.isPresent() && card.get().offRecord();
    }
}
