package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.domain.ForumProtocol.ACCOUNTABILITY;
import static roundtable.domain.ForumProtocol.CHECK_IN;
import static roundtable.domain.ForumProtocol.CHECK_OUT;
import static roundtable.domain.ForumProtocol.ISSUE;
import static roundtable.domain.ForumProtocol.PHASE_IDS;
import static roundtable.domain.ForumProtocol.QUESTIONS;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTest {

    private final Sessions session = Sessions.running();

    private Decision byFacilitator(Command command) {
        return session.decide(FACILITATOR, command);
    }

    @Test
    void a_new_session_opens_in_the_first_phase() {
        assertEquals(0, session.state().phaseIndex());
        assertEquals(CHECK_IN, session.state().phase().id());
    }

    @Test
    void the_facilitator_advances_to_the_next_phase() {
        assertAccepted(byFacilitator(new Command.NextPhase()),
                new Event.PhaseChanged(1, ACCOUNTABILITY, List.of(ANA, BEN, CAI), session.now()));
    }

    @Test
    void entering_a_round_robin_phase_gives_the_floor_to_the_first_contributor_online_in_join_order() {
        session.online(CAI, BEN);
        assertAccepted(byFacilitator(new Command.NextPhase()),
                new Event.PhaseChanged(1, ACCOUNTABILITY, List.of(ANA, BEN, CAI), session.now()),
                new Event.TurnChanged(BEN, List.of(), session.now()));
    }

    @Test
    void entering_a_presenter_phase_gives_the_presenter_the_floor() {
        session.presenting(ANA);
        assertAccepted(byFacilitator(new Command.GoToPhase(ISSUE)),
                new Event.PhaseChanged(2, ISSUE, session.now()), new Event.TurnChanged(ANA, session.now()));
    }

    @Test
    void entering_a_presenter_phase_before_anyone_presents_opens_no_turn() {
        assertAccepted(byFacilitator(new Command.GoToPhase(ISSUE)), new Event.PhaseChanged(2, ISSUE, session.now()));
    }

    @Test
    void entering_a_queue_phase_opens_no_turn_even_with_everyone_online() {
        session.online(FACILITATOR, ANA, BEN, CAI);
        assertAccepted(byFacilitator(new Command.GoToPhase(QUESTIONS)),
                new Event.PhaseChanged(3, QUESTIONS, session.now()));
    }

    @Test
    void the_facilitator_goes_back_one_phase() {
        session.inPhase(QUESTIONS);
        assertAccepted(byFacilitator(new Command.PreviousPhase()), new Event.PhaseChanged(2, ISSUE, session.now()));
    }

    @Test
    void the_facilitator_jumps_forward_and_back_to_any_phase() {
        assertAccepted(byFacilitator(new Command.GoToPhase(QUESTIONS)),
                new Event.PhaseChanged(3, QUESTIONS, session.now()));
        session.inPhase(CHECK_OUT);
        assertAccepted(byFacilitator(new Command.GoToPhase(ACCOUNTABILITY)),
                new Event.PhaseChanged(1, ACCOUNTABILITY, List.of(ANA, BEN, CAI), session.now()));
    }

    @Test
    void advancing_step_by_step_visits_every_phase_in_the_protocols_order() {
        List<String> visited = new ArrayList<>(List.of(session.state().phase().id()));
        for (int i = 1; i < PHASE_IDS.size(); i++) {
            visited.add(session.by(FACILITATOR, new Command.NextPhase()).state().phase().id());
        }
        assertEquals(PHASE_IDS, visited);
    }

    @Test
    void there_is_no_next_phase_after_the_last_one() {
        session.inPhase(CHECK_OUT);
        assertRejected(byFacilitator(new Command.NextPhase()), Reason.INVALID_STATE,
                "'Check-out'", "last phase", "end the session");
    }

    @Test
    void there_is_no_phase_before_the_first_one() {
        assertRejected(byFacilitator(new Command.PreviousPhase()), Reason.INVALID_STATE,
                "'Check-in'", "first phase");
    }

    @Test
    void jumping_to_an_unknown_phase_is_not_found_and_lists_the_protocols_phases() {
        assertRejected(byFacilitator(new Command.GoToPhase("brainstorm")), Reason.NOT_FOUND,
                "'brainstorm'", "check-in, accountability, issue, questions, shares, commitment, check-out");
    }

    @Test
    void jumping_to_the_current_phase_is_refused_as_pointless() {
        session.inPhase(ISSUE);
        assertRejected(byFacilitator(new Command.GoToPhase(ISSUE)), Reason.INVALID_STATE,
                "'Issue presentation'", "already");
    }

    @Test
    void a_jump_needs_a_phase_id() {
        assertRejected(byFacilitator(new Command.GoToPhase(null)), Reason.BAD_REQUEST, "phaseId");
    }

    @Test
    void phase_ids_are_matched_exactly() {
        assertRejected(byFacilitator(new Command.GoToPhase("Questions")), Reason.NOT_FOUND, "'Questions'");
    }

    @Test
    void a_one_phase_protocol_has_neither_a_next_nor_a_previous_phase() {
        Sessions silent = Sessions.running(ForumProtocol.silent());
        assertRejected(silent.decide(FACILITATOR, new Command.NextPhase()), Reason.INVALID_STATE, "last phase");
        assertRejected(silent.decide(FACILITATOR, new Command.PreviousPhase()), Reason.INVALID_STATE, "first phase");
    }
}
