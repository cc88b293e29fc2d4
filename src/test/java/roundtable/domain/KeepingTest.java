package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeepingTest {

    private final Sessions session = Sessions.running();

    @Test
    void an_off_the_record_card_is_stored_only_as_the_fact_that_a_card_was_added() {
        Event added = offRecordCard("Only for this room");
        assertEquals(new Event.OffRecord(true, added.at()), Keeping.forStorage(session.state(), added));
    }

    @Test
    void edits_and_removals_of_an_off_the_record_card_are_stored_without_their_words() {
        session.by(ANA, new Command.AddCard(CardKind.NOTE, "Only for this room", null, true));
        Event edited = eventsOf(session.decide(ANA, new Command.EditCard("c1", "Still only for this room"))).get(0);
        Event removed = eventsOf(session.decide(ANA, new Command.RemoveCard("c1"))).get(0);
        assertEquals(new Event.OffRecord(false, edited.at()), Keeping.forStorage(session.state(), edited));
        assertEquals(new Event.OffRecord(false, removed.at()), Keeping.forStorage(session.state(), removed));
    }

    @Test
    void cards_on_the_record_are_stored_as_they_are() {
        Event added = eventsOf(session.decide(ANA, new Command.AddCard(CardKind.NOTE, "For the recap", null, false))).get(0);
        assertSame(added, Keeping.forStorage(session.state(), added));
    }

    @Test
    void replaying_what_was_stored_leaves_out_the_card_but_keeps_card_numbers_unique() {
        Event secret = offRecordCard("Only for this room");
        SessionState stored = Evolver.evolve(session.state(), Keeping.forStorage(session.state(), secret));
        assertEquals(List.of(), stored.cards());
        Decision next = Decider.decide(stored, Actor.member(ANA), new Command.AddCard(CardKind.NOTE, "Next", null, null), 0);
        assertEquals("c2", ((Event.CardAdded) eventsOf(next).get(0)).card().id());
    }

    @Test
    void revealing_an_off_the_record_draft_stores_no_words_of_it() {
        Sessions drafts = Sessions.running(TestProtocols.workshop()).inPhase(TestProtocols.DRAFTS)
                .by(ANA, new Command.AddCard(CardKind.NOTE, "Only for this room", null, true));
        Event revealed = eventsOf(drafts.decide(Sessions.FACILITATOR, new Command.RevealAll())).get(0);
        Event stored = Keeping.forStorage(drafts.state(), revealed);
        assertFalse(stored.toString().contains("Only for this room"), stored::toString);
    }

    @Test
    void a_spotlight_on_an_off_the_record_card_is_kept_as_no_spotlight() {
        session.by(ANA, new Command.AddCard(CardKind.NOTE, "Only for this room", null, true));
        Event spotlighted = eventsOf(session.decide(Sessions.FACILITATOR, new Command.SpotlightCard("c1"))).get(0);
        assertEquals(new Event.CardSpotlighted(null, spotlighted.at()), Keeping.forStorage(session.state(), spotlighted));
    }

    private Event offRecordCard(String text) {
        return eventsOf(session.decide(ANA, new Command.AddCard(CardKind.NOTE, text, null, true))).get(0);
    }
}
