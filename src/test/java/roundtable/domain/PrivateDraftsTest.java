package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.OBSERVER;
import static roundtable.domain.TestProtocols.DRAFTS;
import static roundtable.domain.TestProtocols.LOBBY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Private drafts: only the author sees a draft's words until the facilitator reveals all drafts at once. */
class PrivateDraftsTest {

    /** The workshop's private drafting phase. */
    private final Sessions session = Sessions.running(TestProtocols.workshop()).inPhase(DRAFTS);

    private Participant viewer(String participantId) {
        return session.state().participant(participantId).orElseThrow();
    }

    private Card draft(String id, String text, String authorId) {
        return new Card(id, CardKind.NOTE, text, authorId, DRAFTS, null, false, true, null, List.of(), postedAt(id), null);
    }

    private Card shown(String id, String text, String authorId) {
        return new Card(id, CardKind.NOTE, text, authorId, DRAFTS, null, false, false, null, List.of(), postedAt(id), null);
    }

    /** When the card was posted; one about to be posted now. */
    private Long postedAt(String id) {
        return session.state().card(id).map(Card::addedAt).orElse(session.now());
    }

    private Event decided(String actor, Command command) {
        return eventsOf(session.decide(actor, command)).get(0);
    }

    @Test
    void a_card_posted_in_a_private_phase_is_a_hidden_draft() {
        assertAccepted(session.decide(ANA, new Command.AddCard(CardKind.NOTE, "Half an idea", null, null)),
                new Event.CardAdded(draft("c1", "Half an idea", ANA), session.now()));
    }

    @Test
    void a_card_posted_in_a_public_phase_is_not_hidden() {
        session.inPhase(LOBBY).posted(ANA, CardKind.NOTE, "Hello all");
        assertFalse(session.state().card("c1").orElseThrow().hidden());
    }

    @Test
    void the_author_gets_the_draft_as_it_is() {
        Event added = decided(ANA, new Command.AddCard(CardKind.NOTE, "Half an idea", null, null));
        assertSame(added, Visibility.forViewer(added, viewer(ANA)));
    }

    @ParameterizedTest
    @ValueSource(strings = {FACILITATOR, BEN, OBSERVER})
    void everyone_else_gets_the_same_card_without_its_words(String other) {
        Event added = decided(ANA, new Command.AddCard(CardKind.NOTE, "Half an idea", null, null));
        assertEquals(new Event.CardAdded(draft("c1", null, ANA), added.at()), Visibility.forViewer(added, viewer(other)));
        Card kept = session.by(ANA, new Command.AddCard(CardKind.NOTE, "Half an idea", null, null)).state().cards().get(0);
        assertEquals(draft("c1", null, ANA), Visibility.forViewer(kept, viewer(other)));
    }

    @Test
    void an_edit_of_a_draft_is_withheld_from_everyone_but_the_author_too() {
        session.posted(ANA, CardKind.NOTE, "Half an idea");
        Event edited = decided(ANA, new Command.EditCard("c1", "A whole idea"));
        assertEquals(new Event.CardEdited(draft("c1", "A whole idea", ANA), edited.at()), edited);
        assertSame(edited, Visibility.forViewer(edited, viewer(ANA)));
        assertEquals(new Event.CardEdited(draft("c1", null, ANA), edited.at()), Visibility.forViewer(edited, viewer(BEN)));
    }

    @Test
    void a_move_of_a_draft_is_withheld_from_everyone_but_the_author_too() {
        session.posted(ANA, CardKind.NOTE, "Half an idea");
        Event moved = decided(ANA, new Command.MoveCard("c1", null, null));
        assertSame(moved, Visibility.forViewer(moved, viewer(ANA)));
        assertEquals(new Event.CardMoved(draft("c1", null, ANA), 0, moved.at()), Visibility.forViewer(moved, viewer(BEN)));
    }

    @Test
    void a_draft_stays_hidden_after_its_phase_is_over() {
        session.posted(ANA, CardKind.NOTE, "Half an idea").inPhase(LOBBY).by(ANA, new Command.EditCard("c1", "Later"));
        assertEquals(draft("c1", "Later", ANA), session.state().card("c1").orElseThrow());
    }

    @Test
    void the_facilitator_reveals_every_draft_of_the_session_with_its_words() {
        session.posted(ANA, CardKind.NOTE, "Ana's draft").posted(BEN, CardKind.NOTE, "Ben's draft")
                .inPhase(LOBBY).posted(CAI, CardKind.NOTE, "Public anyway");
        assertAccepted(session.decide(FACILITATOR, new Command.RevealAll()), new Event.CardsRevealed(List.of(
                shown("c1", "Ana's draft", ANA), shown("c2", "Ben's draft", BEN)), session.now()));
    }

    @Test
    void the_reveal_reaches_everyone_as_it_is() {
        session.posted(ANA, CardKind.NOTE, "Ana's draft");
        Event revealed = decided(FACILITATOR, new Command.RevealAll());
        for (String viewer : List.of(FACILITATOR, ANA, BEN, OBSERVER)) {
            assertSame(revealed, Visibility.forViewer(revealed, viewer(viewer)));
        }
    }

    @Test
    void after_the_reveal_everyone_sees_every_word() {
        session.posted(ANA, CardKind.NOTE, "Ana's draft").posted(BEN, CardKind.NOTE, "Ben's draft")
                .by(FACILITATOR, new Command.RevealAll());
        for (String viewer : List.of(FACILITATOR, ANA, BEN, CAI, OBSERVER)) {
            for (Card card : session.state().cards()) {
                assertFalse(card.hidden());
                assertNotNull(Visibility.forViewer(card, viewer(viewer)).text(), () -> card.id() + " for " + viewer);
            }
        }
    }

    @Test
    void with_no_drafts_left_there_is_nothing_to_reveal() {
        assertRejected(session.decide(FACILITATOR, new Command.RevealAll()), Reason.INVALID_STATE, "no private drafts");
        session.posted(ANA, CardKind.NOTE, "Ana's draft").by(FACILITATOR, new Command.RevealAll());
        assertRejected(session.decide(FACILITATOR, new Command.RevealAll()), Reason.INVALID_STATE, "no private drafts");
    }

    @Test
    void only_the_facilitator_reveals_the_drafts() {
        session.posted(ANA, CardKind.NOTE, "Ana's draft");
        assertRejected(session.decide(ANA, new Command.RevealAll()), Reason.FORBIDDEN, "Only the facilitator");
    }

    @Test
    void events_that_withhold_nothing_reach_every_viewer_as_the_same_instance() {
        session.posted(ANA, CardKind.NOTE, "Ana's draft").inPhase(LOBBY);
        List<Event> events = List.of(decided(BEN, new Command.AddCard(CardKind.NOTE, "Public", null, null)),
                decided(FACILITATOR, new Command.RemoveCard("c1")), decided(FACILITATOR, new Command.NextPhase()),
                new Event.PresenceChanged(ANA, true, 1), new Event.TurnChanged(ANA, 2));
        for (Event event : events) {
            for (String viewer : List.of(FACILITATOR, ANA, BEN, OBSERVER)) {
                assertSame(event, Visibility.forViewer(event, viewer(viewer)), () -> event + " for " + viewer);
            }
        }
    }
}
