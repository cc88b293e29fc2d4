package roundtable.domain;

import java.util.ArrayList;
import java.util.List;

/** The board's order: cards in one list, each phase's columns read off in that order. */
final class CardOrder {

    private CardOrder() {
    }

    /** Takes the card out and puts it back before the {@code index}-th card of its new spot. */
    static List<Card> place(List<Card> cards, Card card, int index) {
        List<Card> board = new ArrayList<>(cards);
        board.removeIf(c -> c.id().equals(card.id()));
        int seen = 0;
        for (int i = 0; i < board.size(); i++) {
            if (BoardRules.sameSpot(board.get(i), card)) {
                if (seen == index) {
                    board.add(i, card);
                    return board;
                }
                seen++;
            }
        }
        board.add(card);
        return board;
    }
}
