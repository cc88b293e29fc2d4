package roundtable.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the log may keep of each event. Live, everyone in the room sees everything; what is
 * written down follows the card and the group's recording policy:
 * <ul>
 *   <li>an off-the-record card's words are never kept, nor, under "commitments and knowledge only",
 *       any card's: their events become {@link Event.OffRecord}, which says only that something
 *       happened, so the log stays gap-free;</li>
 *   <li>under "the board without names", cards are kept without their author or who they
 *       resonated with.</li>
 * </ul>
 */
public final class Keeping {

    private Keeping() {
    }

    /** The event as it may be stored, given the state just before it happened. */
    public static Event forStorage(SessionState before, Event event) {
        RecordingPolicy policy = before.terms().recordingPolicy();
        Event kept = withoutUnkeptCards(before, policy, event);
        return policy == RecordingPolicy.ANONYMOUS_BOARD ? anonymous(kept) : kept;
    }

    private static Event withoutUnkeptCards(SessionState before, RecordingPolicy policy, Event event) {
        if (event instanceof Event.CardEvent carried && !kept(carried.card(), policy)) {
            // Only an added card takes a number, which the placeholder keeps so numbering stays stable.
            return new Event.OffRecord(event instanceof Event.CardAdded, event.at());
        }
        if (event instanceof Event.CardSpotlighted spotlighted && spotlighted.cardId() != null
                && !kept(before, policy, spotlighted.cardId())) {
            // Kept as "nothing in the spotlight": the card itself is not kept.
            return new Event.CardSpotlighted(null, spotlighted.at());
        }
        if (event instanceof Event.CardsRevealed revealed
                && revealed.cards().stream().anyMatch(card -> !kept(card, policy))) {
            List<Card> shown = revealed.cards().stream().filter(card -> kept(card, policy)).toList();
            return shown.isEmpty() ? new Event.OffRecord(false, revealed.at()) : new Event.CardsRevealed(shown, revealed.at());
        }
        if (event instanceof Event.CardRemoved removed && !kept(before, policy, removed.cardId())) {
            return new Event.OffRecord(false, removed.at());
        }
        return event;
    }

    private static Event anonymous(Event event) {
        if (event instanceof Event.CardEvent carried) {
            return carried.withCard(carried.card().anonymous());
        }
        if (event instanceof Event.CardsRevealed revealed) {
            return new Event.CardsRevealed(revealed.cards().stream().map(Card::anonymous).toList(), revealed.at());
        }
        return event;
    }

    private static boolean kept(Card card, RecordingPolicy policy) {
        return !card.offRecord() && policy != RecordingPolicy.COMMITMENTS_AND_KNOWLEDGE;
    }

    private static boolean kept(SessionState state, RecordingPolicy policy, String cardId) {
        Optional<Card> card = state.card(cardId);
        return card.isEmpty() || kept(card.get(), policy);
    }
}
