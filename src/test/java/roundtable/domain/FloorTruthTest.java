package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who gets the floor, and what the figures about it say, match what happens in the room. */
class FloorTruthTest {

    private final Sessions session = Sessions.running().online(FACILITATOR, ANA, BEN, CAI);

    @Test
    void the_facilitator_runs_a_round_and_is_not_in_it() {
        session.inPhase(ForumProtocol.ACCOUNTABILITY);
        assertEquals(List.of(ANA, BEN, CAI), session.state().floor().order());
        assertEquals(ANA, session.state().floor().speakerId(), "the first participant, not the facilitator, starts");
    }

    @Test
    void where_the_phase_says_so_the_facilitator_takes_the_last_turn() {
        session.inPhase(ForumProtocol.CHECK_OUT);
        assertEquals(List.of(ANA, BEN, CAI, FACILITATOR), session.state().floor().order());
        session.joined("p-dee", "Dee", Role.PARTICIPANT);
        assertEquals(List.of(ANA, BEN, CAI, "p-dee", FACILITATOR), session.state().floor().order(),
                "a late joiner comes before the facilitator's closing turn");
    }

    @Test
    void the_presenter_has_no_turn_in_a_round_where_the_others_speak() {
        session.presenting(ANA).inPhase(ForumProtocol.SHARES);
        assertEquals(List.of(BEN, CAI), session.state().floor().order());
        assertEquals(BEN, session.state().floor().speakerId());
    }

    @Test
    void choosing_the_presenter_during_such_a_round_takes_them_out_of_it() {
        session.inPhase(ForumProtocol.SHARES).presenting(CAI);
        assertEquals(List.of(ANA, BEN), session.state().floor().order());
    }

    @Test
    void next_turn_says_which_raised_hands_it_passed_over_because_they_are_offline() {
        session.inPhase(ForumProtocol.QUESTIONS).by(ANA, new Command.RaiseHand()).by(BEN, new Command.RaiseHand())
                .by(CAI, new Command.RaiseHand()).offline(ANA, BEN);
        assertAccepted(session.decide(FACILITATOR, new Command.NextTurn("")),
                new Event.TurnChanged(CAI, List.of(ANA, BEN), session.now()));
    }

    @Test
    void when_only_offline_hands_are_up_the_refusal_names_them_and_says_what_to_do() {
        session.inPhase(ForumProtocol.QUESTIONS).by(ANA, new Command.RaiseHand()).by(BEN, new Command.RaiseHand())
                .offline(ANA, BEN);
        assertRejected(session.decide(FACILITATOR, new Command.NextTurn()), Reason.INVALID_STATE,
                "offline: Ana, Ben", "Lower their hands");
        session.by(FACILITATOR, new Command.LowerHand(ANA)).by(FACILITATOR, new Command.LowerHand(BEN));
        assertEquals(List.of(), session.state().floor().queue(), "the facilitator lowers anyone's hand");
    }

    @Test
    void presenting_is_counted_apart_and_stays_out_of_the_balance() {
        session.presenting(ANA).inPhase(ForumProtocol.ISSUE).after(600_000).inPhase(ForumProtocol.ACCOUNTABILITY)
                .after(10_000).by(ANA, new Command.NextTurn()).after(10_000).by(BEN, new Command.NextTurn())
                .after(10_000).by(CAI, new Command.NextTurn());
        long now = session.now();
        assertEquals(601_000, session.state().floor().presenting(ANA, now));
        assertEquals(11_000, session.state().floor().airtime(ANA, now));
        Balance balance = Balance.of(session.state(), now);
        assertEquals(33_000, balance.totalMs());
        assertEquals(1.0 / 3, balance.topShare(), 1e-12, "presenting for ten minutes does not make a dominant voice");
    }

    @Test
    void a_facilitator_who_never_held_the_floor_is_not_counted_as_a_silent_voice() {
        session.inPhase(ForumProtocol.ACCOUNTABILITY).after(5_000).by(ANA, new Command.NextTurn())
                .after(5_000).by(BEN, new Command.NextTurn()).after(5_000).by(CAI, new Command.NextTurn());
        assertEquals(0.0, Balance.of(session.state(), session.now()).gini(), 1e-12);
    }
}
