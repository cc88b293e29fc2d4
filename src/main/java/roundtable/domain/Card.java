package roundtable.domain;

import java.util.ArrayList;
import java.util.List;
import roundtable.domain.coach.Verdict;

/**
 * A card on the shared board. Off-the-record cards are shown live but never kept.
 * {@code column} names the board column in a side-by-side layout, or is null.
 * A {@code hidden} card is a private draft: only its author sees its text until it is revealed.
 * {@code verdict} is the coach's reading of a card posted in a coached phase, or null.
 * {@code reactions} are the people it resonates with.
 * {@code addedAt} is epoch ms it was posted (null in sessions stored before it was kept); someone who
 * joins later never sees an off-the-record card said before they came.
 * {@code editedByFacilitator} is true when the facilitator, not the author, last changed its words.
 */
public record Card(
        String id,
        CardKind kind,
        String text,
        String authorId,
        String phaseId,
        String column,
        boolean offRecord,
        boolean hidden,
        Verdict verdict,
        List<String> reactions,
        Long addedAt,
        Boolean editedByFacilitator) {

    public Card {
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
    }

    public Card withText(String newText) {
        return new Card(id, kind, newText, authorId, phaseId, column, offRecord, hidden, verdict, reactions, addedAt, editedByFacilitator);
    }

    /** New words, re-read by the coach; an edit by someone other than the author is marked as theirs. */
    Card withReview(String newText, Verdict newVerdict, String editorId) {
        Boolean byFacilitator = java.util.Objects.equals(editorId, authorId) ? null : Boolean.TRUE;
        return new Card(id, kind, newText, authorId, phaseId, column, offRecord, hidden, newVerdict, reactions, addedAt,
                byFacilitator);
    }

    public Card withoutVerdict() {
        return new Card(id, kind, text, authorId, phaseId, column, offRecord, hidden, null, reactions, addedAt, editedByFacilitator);
    }

    Card placed(String newPhaseId, String newColumn) {
        return new Card(id, kind, text, authorId, newPhaseId, newColumn, offRecord, hidden, verdict, reactions, addedAt, editedByFacilitator);
    }

    /** Toggles whether {@code participantId} says the card resonates with them. */
    Card reactedBy(String participantId) {
        List<String> now = new ArrayList<>(reactions);
        if (!now.remove(participantId)) {
            now.add(participantId);
        }
        return new Card(id, kind, text, authorId, phaseId, column, offRecord, hidden, verdict, now, addedAt, editedByFacilitator);
    }

    /** The card without whose it is or who it resonated with, for a group that keeps no names. */
    Card anonymous() {
        return new Card(id, kind, text, null, phaseId, column, offRecord, hidden, verdict, List.of(), addedAt,
                editedByFacilitator);
    }

    /** Whether someone who joined at {@code joinedAt} may see it: off the record is for who was there. */
    public boolean heardBy(long joinedAt) {
        return !offRecord || addedAt == null || addedAt >= joinedAt;
    }

    Card revealed() {
        return new Card(id, kind, text, authorId, phaseId, column, offRecord, false, verdict, reactions, addedAt, editedByFacilitator);
    }
}
