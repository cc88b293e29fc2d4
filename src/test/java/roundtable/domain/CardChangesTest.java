package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.FACILITATOR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Editing and removing cards: the author or the facilitator may, nobody else. */
class CardChangesTest {

    /** Ana posted c1 and Ben posted c2 during check-in. */
    private final Sessions session = Sessions.running()
            .posted(ANA, CardKind.NOTE, "Tired but here.")
            .posted(BEN, CardKind.NOTE, "Glad to be back.");

    private Decision edit(String actor, String cardId, String text) {
        return session.decide(actor, new Command.EditCard(cardId, text));
    }

    /** Ana's card c1 as an edit by its author carries it: the whole card, with the new text. */
    private Card anasCard(String text) {
        return anasCard(text, null);
    }

    /** An edit by the facilitator is marked as theirs. */
    private Card anasCard(String text, Boolean byFacilitator) {
        Card posted = session.state().card("c1").orElseThrow();
        return new Card("c1", CardKind.NOTE, text, ANA, ForumProtocol.CHECK_IN, null, false, false, null, List.of(),
                posted.addedAt(), byFacilitator);
    }

    private Decision remove(String actor, String cardId) {
        return session.decide(actor, new Command.RemoveCard(cardId));
    }

    @Test
    void the_author_edits_their_card() {
        assertAccepted(edit(ANA, "c1", "Rested and here."), new Event.CardEdited(anasCard("Rested and here."), session.now()));
    }

    @Test
    void the_facilitator_edits_anyones_card_and_the_edit_says_so() {
        assertAccepted(edit(FACILITATOR, "c1", "Typo fixed."), new Event.CardEdited(anasCard("Typo fixed.", true), session.now()));
    }

    @Test
    void the_authors_own_edit_after_the_facilitators_is_no_longer_marked() {
        session.by(FACILITATOR, new Command.EditCard("c1", "Typo fixed."));
        assertAccepted(edit(ANA, "c1", "My words again."), new Event.CardEdited(anasCard("My words again.", null), session.now()));
    }

    @Test
    void an_edited_text_loses_its_surrounding_blanks() {
        assertAccepted(edit(ANA, "c1", "\n  Rested,\n  and here.  \t"),
                new Event.CardEdited(anasCard("Rested,\n  and here."), session.now()));
    }

    @Test
    void someone_else_cannot_edit_a_card() {
        assertRejected(edit(BEN, "c1", "Mine now."), Reason.FORBIDDEN, "author or the facilitator", "edit");
    }

    @Test
    void a_card_from_an_earlier_phase_can_still_be_edited() {
        session.inPhase(ForumProtocol.CHECK_OUT);
        assertAccepted(edit(ANA, "c1", "Later thought."), new Event.CardEdited(anasCard("Later thought."), session.now()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000"})
    void an_edit_needs_a_usable_text(String text) {
        assertRejected(edit(ANA, "c1", text), Reason.BAD_REQUEST, "text");
    }

    @Test
    void an_edit_may_not_exceed_2000_characters() {
        assertRejected(edit(ANA, "c1", "x".repeat(2001)), Reason.BAD_REQUEST, "text", "2001", "2000");
    }

    @Test
    void who_may_edit_is_checked_before_the_text() {
        assertRejected(edit(BEN, "c1", " "), Reason.FORBIDDEN, "author or the facilitator");
    }

    @Test
    void editing_an_unknown_card_is_not_found_and_names_it() {
        assertRejected(edit(ANA, "c9", "x"), Reason.NOT_FOUND, "'c9'");
    }

    @Test
    void an_edit_needs_a_card_id() {
        assertRejected(edit(ANA, null, "x"), Reason.BAD_REQUEST, "cardId is required");
    }

    @Test
    void the_author_removes_their_card() {
        assertAccepted(remove(BEN, "c2"), new Event.CardRemoved("c2", session.now()));
    }

    @Test
    void the_facilitator_removes_anyones_card() {
        assertAccepted(remove(FACILITATOR, "c2"), new Event.CardRemoved("c2", session.now()));
    }

    @Test
    void someone_else_cannot_remove_a_card() {
        assertRejected(remove(ANA, "c2"), Reason.FORBIDDEN, "author or the facilitator", "remove");
    }

    @Test
    void removing_an_unknown_card_is_not_found_and_names_it() {
        assertRejected(remove(ANA, "nope"), Reason.NOT_FOUND, "'nope'");
        assertRejected(remove(ANA, null), Reason.BAD_REQUEST, "cardId is required");
    }

    @Test
    void a_removed_card_can_be_neither_edited_nor_removed_again() {
        session.by(ANA, new Command.RemoveCard("c1"));
        assertRejected(edit(ANA, "c1", "x"), Reason.NOT_FOUND, "'c1'", "removed");
        assertRejected(remove(ANA, "c1"), Reason.NOT_FOUND, "'c1'");
        assertEquals(List.of("c2"), session.state().cards().stream().map(Card::id).toList());
    }
}
