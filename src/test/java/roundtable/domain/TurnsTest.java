package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static roundtable.domain.ForumProtocol.ACCOUNTABILITY;
import static roundtable.domain.ForumProtocol.ISSUE;
import static roundtable.domain.ForumProtocol.SHARES;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.OBSERVER;
import static roundtable.domain.Sessions.STRANGER;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who holds the floor in round-robin, presenter and open phases; raised hands are in {@link QueueTest}. */
class TurnsTest {

    /** Fay (offline), Ana, Ben, Cai (online) and Oz; the accountability round has just begun with Ana. */
    private final Sessions session = Sessions.running().online(ANA, BEN, CAI).inPhase(ACCOUNTABILITY);

    private Decision next(String actor) {
        return session.decide(actor, new Command.NextTurn());
    }

    private Decision give(String participantId) {
        return session.decide(FACILITATOR, new Command.GiveTurn(participantId));
    }

    private Event turnTo(String speakerId) {
        return new Event.TurnChanged(speakerId, session.now());
    }

    @Test
    void the_round_robin_order_is_everyone_taking_part_in_join_order_but_the_facilitator_and_late_joiners_go_last() {
        assertEquals(List.of(ANA, BEN, CAI), session.state().floor().order());
        session.joined("p-dee", "Dee", Role.PARTICIPANT).online("p-dee");
        assertEquals(List.of(ANA, BEN, CAI, "p-dee"), session.state().floor().order());
    }

    @Test
    void the_first_contributor_online_gets_the_floor_when_the_phase_starts() {
        assertEquals(List.of(new Event.PhaseChanged(1, ACCOUNTABILITY, List.of(ANA, BEN, CAI), session.now() - Sessions.TICK),
                new Event.TurnChanged(ANA, session.now() - Sessions.TICK)), session.lastEvents());
        assertEquals(ANA, session.state().floor().speakerId());
    }

    @Test
    void turn_next_goes_on_in_order_and_skips_whoever_is_offline_saying_whom() {
        session.offline(BEN);
        assertAccepted(next(FACILITATOR), new Event.TurnChanged(CAI, List.of(BEN), session.now()));
    }

    @Test
    void someone_who_comes_back_before_the_round_ends_still_gets_their_turn() {
        session.offline(BEN).by(ANA, new Command.NextTurn()).online(BEN);
        assertAccepted(next(CAI), turnTo(BEN));
    }

    @Test
    void the_speaker_passes_and_the_floor_goes_to_the_next_in_order() {
        assertAccepted(session.decide(ANA, new Command.PassTurn()),
                new Event.TurnPassed(ANA, session.now()), turnTo(BEN));
    }

    @Test
    void only_the_speaker_can_pass() {
        assertRejected(session.decide(BEN, new Command.PassTurn()), Reason.INVALID_STATE, "whose turn it is");
        assertRejected(session.decide(FACILITATOR, new Command.PassTurn()), Reason.INVALID_STATE, "whose turn it is");
    }

    @Test
    void when_everyone_present_has_spoken_the_floor_opens_and_turn_next_is_refused() {
        session.by(ANA, new Command.NextTurn()).by(BEN, new Command.PassTurn());
        assertAccepted(next(CAI), turnTo(null));
        session.by(CAI, new Command.NextTurn());
        assertNull(session.state().floor().speakerId());
        assertRejected(next(FACILITATOR), Reason.INVALID_STATE, "Everyone present has had a turn", "give the floor");
    }

    @Test
    void the_facilitator_gives_the_floor_out_of_order_and_after_the_round() {
        assertAccepted(give(CAI), turnTo(CAI));
        session.by(FACILITATOR, new Command.GiveTurn(CAI)).by(CAI, new Command.NextTurn())
                .by(BEN, new Command.NextTurn());
        assertNull(session.state().floor().speakerId());
        assertAccepted(give(ANA), turnTo(ANA));
    }

    @Test
    void the_floor_is_given_only_to_a_contributor_who_does_not_hold_it() {
        assertRejected(give(OBSERVER), Reason.INVALID_STATE, "Observers do not take the floor");
        assertRejected(give(STRANGER), Reason.NOT_FOUND, "participantId");
        assertRejected(give(null), Reason.BAD_REQUEST, "participantId is required");
        assertRejected(give(ANA), Reason.INVALID_STATE, "Ana has the floor already");
    }

    @Test
    void observers_are_not_in_the_order_and_cannot_take_the_floor() {
        assertEquals(false, session.state().floor().order().contains(OBSERVER));
        assertRejected(next(OBSERVER), Reason.FORBIDDEN, "Observers");
        assertRejected(session.decide(OBSERVER, new Command.PassTurn()), Reason.FORBIDDEN, "Observers");
    }

    @Test
    void the_speaker_may_end_their_turn_but_another_participant_may_not() {
        assertAccepted(next(ANA), turnTo(BEN));
        assertRejected(next(CAI), Reason.FORBIDDEN, "Only the facilitator or the person speaking");
    }

    @Test
    void a_participant_cannot_give_the_floor_not_even_the_speaker() {
        assertRejected(session.decide(ANA, new Command.GiveTurn(CAI)), Reason.FORBIDDEN, "Only the facilitator");
        assertRejected(session.decide(BEN, new Command.GiveTurn(BEN)), Reason.FORBIDDEN, "Only the facilitator");
    }

    @Test
    void a_phase_change_starts_a_fresh_round() {
        session.by(ANA, new Command.NextTurn()).inPhase(SHARES);
        Floor floor = session.state().floor();
        assertEquals(List.of(ANA), floor.spoken());
        assertEquals(ANA, floor.speakerId());
        assertEquals(TurnMode.ROUND_ROBIN, floor.mode());
    }

    @Test
    void in_a_presenter_phase_the_presenter_holds_the_floor_and_turn_commands_are_refused() {
        Sessions issue = Sessions.running().online(ANA, BEN).presenting(ANA).inPhase(ISSUE);
        assertEquals(ANA, issue.state().floor().speakerId());
        assertRejected(issue.decide(FACILITATOR, new Command.NextTurn()), Reason.INVALID_STATE,
                "'Issue presentation'", "the presenter holds the floor");
        assertRejected(issue.decide(ANA, new Command.NextTurn()), Reason.INVALID_STATE, "the presenter holds the floor");
        assertRejected(issue.decide(FACILITATOR, new Command.GiveTurn(BEN)), Reason.INVALID_STATE,
                "the presenter holds the floor");
        assertRejected(issue.decide(BEN, new Command.RaiseHand()), Reason.INVALID_STATE,
                "'Issue presentation'", "with the presenter holding the floor");
        assertRejected(issue.decide(ANA, new Command.PassTurn()), Reason.INVALID_STATE, "Passing");
    }

    @Test
    void in_an_open_phase_nobody_holds_the_floor_and_turn_commands_are_refused() {
        Sessions open = Sessions.running(ForumProtocol.silent()).online(ANA, BEN);
        assertNull(open.state().floor().speakerId());
        assertRejected(open.decide(FACILITATOR, new Command.NextTurn()), Reason.INVALID_STATE,
                "'Silence'", "open discussion");
        assertRejected(open.decide(FACILITATOR, new Command.GiveTurn(ANA)), Reason.INVALID_STATE, "open discussion");
        assertRejected(open.decide(ANA, new Command.PassTurn()), Reason.INVALID_STATE, "Passing");
        assertRejected(open.decide(ANA, new Command.RaiseHand()), Reason.INVALID_STATE, "as an open discussion");
    }

    @Test
    void in_a_round_robin_first_phase_turn_next_calls_the_contributors_in_join_order() {
        Sessions checkIn = Sessions.running().online(ANA, BEN);
        assertAccepted(checkIn.decide(FACILITATOR, new Command.NextTurn()),
                new Event.TurnChanged(ANA, checkIn.now()));
    }
}
