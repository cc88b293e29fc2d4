package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the group's recording policy lets the log keep; live, the room sees everything regardless. */
class RecordingPolicyTest {

    @Test
    void keeping_only_commitments_and_knowledge_keeps_no_card_words() {
        Sessions session = Sessions.running(terms(RecordingPolicy.COMMITMENTS_AND_KNOWLEDGE));
        Event added = eventsOf(session.decide(ANA, new Command.AddCard(CardKind.NOTE, "Tired but here.", null, null))).get(0);
        assertEquals(new Event.OffRecord(true, added.at()), Keeping.forStorage(session.state(), added));
        Event commitment = eventsOf(session.decide(ANA, new Command.AddCommitment("Call the bank", null))).get(0);
        assertSame(commitment, Keeping.forStorage(session.state(), commitment), "commitments are kept");
    }

    @Test
    void keeping_the_board_without_names_keeps_words_but_not_whose() {
        Sessions session = Sessions.running(terms(RecordingPolicy.ANONYMOUS_BOARD))
                .posted(ANA, CardKind.NOTE, "Tired but here.")
                .by(BEN, new Command.ReactToCard("c1"));
        Event edited = eventsOf(session.decide(ANA, new Command.EditCard("c1", "Rested now."))).get(0);
        Card kept = ((Event.CardEdited) Keeping.forStorage(session.state(), edited)).card();
        assertEquals("Rested now.", kept.text());
        assertNull(kept.authorId());
        assertEquals(List.of(), kept.reactions());
    }

    @Test
    void keeping_everything_keeps_the_event_as_it_is() {
        Sessions session = Sessions.running(terms(RecordingPolicy.EVERYTHING));
        Event added = eventsOf(session.decide(ANA, new Command.AddCard(CardKind.NOTE, "Tired but here.", null, null))).get(0);
        assertSame(added, Keeping.forStorage(session.state(), added));
    }

    @Test
    void an_anonymous_card_can_still_be_changed_by_the_facilitator_after_a_restart() {
        Sessions session = Sessions.running(terms(RecordingPolicy.ANONYMOUS_BOARD)).posted(ANA, CardKind.NOTE, "Here.");
        Event kept = Keeping.forStorage(session.state(), eventsOf(session.decide(ANA,
                new Command.EditCard("c1", "Here, still."))).get(0));
        SessionState rebuilt = Evolver.evolve(session.state(), kept);
        assertEquals(Decision.Accepted.class, Decider.decide(rebuilt, Actor.member(Sessions.FACILITATOR),
                new Command.RemoveCard("c1"), session.now()).getClass());
    }

    private static SessionTerms terms(RecordingPolicy policy) {
        return new SessionTerms(policy, 28, List.of());
    }
}
