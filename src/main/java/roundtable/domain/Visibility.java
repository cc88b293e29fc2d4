package roundtable.domain;

import java.util.Objects;

/**
 * What each person may see. A private draft's words reach only its author until the drafts are
 * revealed; everyone else learns that a card exists, not what it says. The coach's verdict on a
 * card is between its author and the facilitator. An off-the-record card is for those who were
 * there when it was said: someone who joins later never learns of it.
 */
public final class Visibility {

    private Visibility() {
    }

    /** The event as {@code viewer} may see it: the same instance when nothing is withheld. */
    public static Event forViewer(Event event, Participant viewer) {
        if (event instanceof Event.CardEvent carried) {
            if (!sees(carried.card(), viewer)) {
                // Joined after it was said off the record: they learn nothing, but their seqs stay whole.
                return new Event.OffRecord(false, event.at());
            }
            Card seen = forViewer(carried.card(), viewer);
            return seen == carried.card() ? event : carried.withCard(seen);
        }
        if (event instanceof Event.CardsRevealed revealed) {
            var seen = revealed.cards().stream().filter(card -> sees(card, viewer)).map(card -> forViewer(card, viewer)).toList();
            return seen.equals(revealed.cards()) ? event : new Event.CardsRevealed(seen, revealed.at());
        }
        return event;
    }

    /** Whether the card is on {@code viewer}'s board at all. */
    public static boolean sees(Card card, Participant viewer) {
        return card.heardBy(viewer.joinedAt());
    }

    /**
     * A hidden draft's words only for its author; the coach's verdict only for the author and the
     * facilitator, so a nudge never becomes a label in front of the group.
     */
    public static Card forViewer(Card card, Participant viewer) {
        boolean author = Objects.equals(card.authorId(), viewer.id());
        Card seen = card;
        if (card.hidden() && !author) {
            seen = seen.withText(null);
        }
        if (card.verdict() != null && !author && viewer.role() != Role.FACILITATOR) {
            seen = seen.withoutVerdict();
        }
        return seen;
    }
}
