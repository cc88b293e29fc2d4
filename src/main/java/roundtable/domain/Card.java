package roundtable.domain;

/**
 * A card on the shared board. Off-the-record cards are shown live but never kept.
 * {@code column} names the board column in a side-by-side layout, or is null.
 */
public record Card(
        String id,
        CardKind kind,
        String text,
        String authorId,
        String phaseId,
        String column,
        boolean offRecord) {

    public Card withText(String newText) {
        return new Card(id, kind, newText, authorId, phaseId, column, offRecord);
    }
}
