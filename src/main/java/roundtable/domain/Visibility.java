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
        Event heard = unheard(event, viewer);
        if (heard != event) {
            return heard;
        }
        if (event instanceof Event.CardAdded added) {
            Card seen = forViewer(added.card(), viewer);
            return seen == added.card() ? event : new Event.CardAdded(seen, added.at());
        }
        if (event instanceof Event.CardReacted reacted) {
            Card seen = forViewer(reacted.card(), viewer);
            return seen == reacted.card() ? event : new Event.CardReacted(seen, reacted.at());
        }
        if (event instanceof Event.CardsRevealed revealed) {
            var seen = revealed.cards().stream().map(card -> forViewer(card, viewer)).toList();
            return seen.equals(revealed.cards()) ? event : new Event.CardsRevealed(seen, revealed.at());
        }
        if (event instanceof Event.CardMoved moved) {
            Card seen = forViewer(moved.card(), viewer);
            return seen == moved.card() ? event : new Event.CardMoved(seen, moved.index(), moved.at());
        }
        if (event instanceof Event.CardEdited edited) {
            Card seen = forViewer(edited.card(), viewer);
            return seen == edited.card() ? event : new Event.CardEdited(seen, edited.at());
        }
        return event;
    }

    /** Whether the card is on {@code viewer}'s board at all. */
    public static boolean sees(Card card, Participant viewer) {
        return card.heardBy(viewer.joinedAt());
    }

    /**
     * For someone who joined after an off-the-record card was said, whatever happens to it stays
     * unsaid: they get the textless {@link Event.OffRecord} in its place, so their seqs stay whole.
     */
    private static Event unheard(Event event, Participant viewer) {
        Card card = event instanceof Event.CardEdited e ? e.card()
                : event instanceof Event.CardMoved m ? m.card()
                : event instanceof Event.CardReacted r ? r.card()
                : event instanceof Event.CardAdded a ? a.card() : null;
        if (card != null && !sees(card, viewer)) {
            return new Event.OffRecord(false, event.at());
        }
        if (event instanceof Event.CardsRevealed revealed && revealed.cards().stream().anyMatch(c -> !sees(c, viewer))) {
            return new Event.CardsRevealed(revealed.cards().stream().filter(c -> sees(c, viewer)).toList(), revealed.at());
        }
        return event;
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
