package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;

import org.junit.jupiter.api.Test;

/** A command says what the sender saw, so a second click (or a change meanwhile) changes nothing. */
class OneClickTest {

    private final Sessions session = Sessions.running().online(FACILITATOR, ANA, BEN, CAI);

    @Test
    void next_phase_from_the_phase_the_session_is_in_moves_on() {
        eventsOf(session.decide(FACILITATOR, new Command.NextPhase(0)));
    }

    @Test
    void a_second_next_phase_from_the_same_phase_is_refused_and_the_session_stays_where_the_first_took_it() {
        session.by(FACILITATOR, new Command.NextPhase(0));
        assertRejected(session.decide(FACILITATOR, new Command.NextPhase(0)), Reason.INVALID_STATE,
                "'Accountability round'", "nothing was changed");
        assertRejected(session.decide(FACILITATOR, new Command.PreviousPhase(0)), Reason.INVALID_STATE,
                "nothing was changed");
        assertEquals(1, session.state().phaseIndex());
    }

    @Test
    void without_from_index_the_command_moves_on_as_before() {
        session.by(FACILITATOR, new Command.NextPhase());
        eventsOf(session.decide(FACILITATOR, new Command.NextPhase()));
    }

    @Test
    void a_second_next_turn_from_the_same_speaker_is_refused() {
        session.inPhase(ForumProtocol.ACCOUNTABILITY);
        assertEquals(ANA, session.state().floor().speakerId());
        session.by(FACILITATOR, new Command.NextTurn(ANA));
        assertEquals(BEN, session.state().floor().speakerId());
        assertRejected(session.decide(FACILITATOR, new Command.NextTurn(ANA)), Reason.INVALID_STATE,
                "Ben has the floor", "nothing was changed");
    }

    @Test
    void an_empty_from_speaker_means_nobody_had_the_floor() {
        session.inPhase(ForumProtocol.QUESTIONS).by(ANA, new Command.RaiseHand()).by(BEN, new Command.RaiseHand());
        session.by(FACILITATOR, new Command.NextTurn(""));
        assertEquals(ANA, session.state().floor().speakerId());
        assertRejected(session.decide(FACILITATOR, new Command.NextTurn("")), Reason.INVALID_STATE, "Ana has the floor");
    }
}
