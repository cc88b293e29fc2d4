package roundtable.domain;

/**
 * A card on the shared board. Off-the-record cards are shown live but never kept.
 * {@code column} names the board column in a side-by-side layout, or is null.
 * A {@code hidden} card is a private draft: only its author sees its text until it is revealed.
 */
public record Card(
        String id,
        CardKind kind,
        String text,
        String authorId,
        String phaseId,
        String column,
        boolean offRecord,
        boolean hidden) {

    public Card withText(String newText) {
        return new Card(id, kind, newText, authorId, phaseId, column, offRecord, hidden);
    }

    Card placed(String newPhaseId, String newColumn) {
        return new Card(id, kind, text, authorId, newPhaseId, newColumn, offRecord, hidden);
    }

    Card revealed() {
        return new Card(id, kind, text, authorId, phaseId, column, offRecord, false);
    }
}
