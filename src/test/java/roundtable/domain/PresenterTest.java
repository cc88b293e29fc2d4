package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.OBSERVER;
import static roundtable.domain.Sessions.STRANGER;

import org.junit.jupiter.api.Test;

class PresenterTest {

    private final Sessions session = Sessions.running();

    private Decision pick(String participantId) {
        return session.decide(FACILITATOR, new Command.SetPresenter(participantId));
    }

    @Test
    void nobody_presents_at_first() {
        assertNull(session.state().presenterId());
    }

    @Test
    void the_facilitator_picks_a_participant_to_present() {
        assertAccepted(pick(ANA), new Event.PresenterSet(ANA, session.now()));
        assertEquals(ANA, session.presenting(ANA).state().presenterId());
    }

    @Test
    void the_facilitator_may_pick_themself() {
        assertAccepted(pick(FACILITATOR), new Event.PresenterSet(FACILITATOR, session.now()));
    }

    @Test
    void the_presenter_can_be_changed() {
        session.presenting(ANA);
        assertAccepted(pick(BEN), new Event.PresenterSet(BEN, session.now()));
        assertEquals(BEN, session.presenting(BEN).state().presenterId());
    }

    @Test
    void the_presenter_must_be_someone_in_the_session() {
        assertRejected(pick(STRANGER), Reason.NOT_FOUND, "participantId");
    }

    @Test
    void the_presenter_must_be_named() {
        assertRejected(pick(null), Reason.BAD_REQUEST, "participantId");
    }

    @Test
    void an_observer_cannot_present() {
        assertRejected(pick(OBSERVER), Reason.INVALID_STATE, "observer");
    }

    @Test
    void picking_the_presenter_during_a_presenter_phase_hands_them_the_floor() {
        session.inPhase(ForumProtocol.ISSUE);
        assertAccepted(pick(ANA), new Event.PresenterSet(ANA, session.now()), new Event.TurnChanged(ANA, session.now()));
    }

    @Test
    void changing_the_presenter_during_a_presenter_phase_moves_the_floor_to_the_new_presenter() {
        session.presenting(ANA).inPhase(ForumProtocol.ISSUE);
        assertAccepted(pick(BEN), new Event.PresenterSet(BEN, session.now()), new Event.TurnChanged(BEN, session.now()));
        assertEquals(BEN, session.presenting(BEN).state().floor().speakerId());
    }

    @Test
    void picking_the_same_presenter_again_leaves_the_floor_as_it_is() {
        session.presenting(ANA).inPhase(ForumProtocol.ISSUE);
        assertAccepted(pick(ANA), new Event.PresenterSet(ANA, session.now()));
    }

    @Test
    void picking_the_presenter_during_a_queue_phase_leaves_the_floor_alone() {
        session.online(ANA, BEN, CAI).inPhase(ForumProtocol.QUESTIONS);
        assertAccepted(pick(ANA), new Event.PresenterSet(ANA, session.now()));
    }

    @Test
    void picking_the_presenter_during_a_round_robin_phase_leaves_the_floor_alone() {
        session.online(ANA, BEN, CAI).inPhase(ForumProtocol.ACCOUNTABILITY);
        assertEquals(ANA, session.state().floor().speakerId());
        assertAccepted(pick(CAI), new Event.PresenterSet(CAI, session.now()));
    }
}
