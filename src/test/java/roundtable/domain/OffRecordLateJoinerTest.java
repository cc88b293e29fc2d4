package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What was said off the record belongs to those who were there: someone who joins later never sees it. */
class OffRecordLateJoinerTest {

    private static final String DEE = "p-dee";

    /** Ana said something off the record, then Dee joined. */
    private final Sessions session = Sessions.running()
            .by(ANA, new Command.AddCard(CardKind.NOTE, "Between us: I may leave.", null, true))
            .posted(BEN, CardKind.NOTE, "On the record.")
            .joined(DEE, "Dee", Role.PARTICIPANT);

    private Participant person(String id) {
        return session.state().participant(id).orElseThrow();
    }

    @Test
    void the_late_joiner_does_not_see_the_off_the_record_card_but_sees_the_rest() {
        Card offRecord = session.state().card("c1").orElseThrow();
        assertFalse(Visibility.sees(offRecord, person(DEE)));
        assertTrue(Visibility.sees(offRecord, person(BEN)));
        assertTrue(Visibility.sees(session.state().card("c2").orElseThrow(), person(DEE)));
    }

    @Test
    void what_later_happens_to_that_card_reaches_the_late_joiner_as_nothing_but_a_textless_placeholder() {
        Event edited = eventsOf(session.decide(ANA, new Command.EditCard("c1", "Between us: I will leave."))).get(0);
        assertEquals(new Event.OffRecord(false, edited.at()), Visibility.forViewer(edited, person(DEE)));
        assertSame(edited, Visibility.forViewer(edited, person(BEN)));
        Event reacted = eventsOf(session.decide(BEN, new Command.ReactToCard("c1"))).get(0);
        assertEquals(new Event.OffRecord(false, reacted.at()), Visibility.forViewer(reacted, person(DEE)));
    }

    @Test
    void an_off_the_record_card_said_after_someone_joined_is_theirs_to_see() {
        session.by(ANA, new Command.AddCard(CardKind.NOTE, "And one more thing.", null, true));
        assertTrue(Visibility.sees(session.state().card("c3").orElseThrow(), person(DEE)));
        assertEquals(List.of("c1", "c2", "c3"), session.state().cards().stream().map(Card::id).toList());
    }
}
